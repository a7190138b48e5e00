# Warnings as errors for Vigil's own code only (third-party headers are
# included as system headers by their imported targets).
function(vigil_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers)
endfunction()

# vigil_add_sources(a.cc b.cc): adds library sources of a subsystem.
function(vigil_add_sources)
  foreach(f ${ARGN})
    target_sources(vigil PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/${f})
  endforeach()
endfunction()

# vigil_add_test(name src...): a GoogleTest binary registered with CTest.
# Tests run from the source tree root so relative paths to data/, samples/
# and ../shared work.
function(vigil_add_test name)
  if(NOT VIGIL_BUILD_TESTS)
    return()
  endif()
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE vigil GTest::gtest GTest::gtest_main GTest::gmock)
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  vigil_warnings(${name})
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  # One compiled-database cache for the suite: the lexicon is compiled once.
  set_tests_properties(${name} PROPERTIES ENVIRONMENT
                       "VIGIL_BIN=$<TARGET_FILE:vigil_cli>;VIGIL_CACHE_DIR=${CMAKE_BINARY_DIR}/test-cache")
endfunction()

# vigil_add_bench(name src...): a Google Benchmark binary (not a test).
function(vigil_add_bench name)
  if(NOT VIGIL_BUILD_BENCH OR VIGIL_FUZZ)
    return()
  endif()
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE vigil benchmark::benchmark)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  vigil_warnings(${name})
endfunction()

# vigil_add_fuzzer(name src): a libFuzzer target, only in the fuzz preset.
function(vigil_add_fuzzer name src)
  if(NOT VIGIL_FUZZ)
    return()
  endif()
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE vigil)
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
endfunction()
