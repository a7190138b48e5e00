# Finds every third-party library Vigil uses (Debian -dev packages only) and
# gathers them in the INTERFACE target vigil_deps.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(simdjson REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(SQLite3 REQUIRED)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)

add_library(vigil_deps INTERFACE)
target_link_libraries(vigil_deps INTERFACE
  Threads::Threads OpenSSL::Crypto simdjson::simdjson CLI11::CLI11
  nlohmann_json::nlohmann_json fmt::fmt spdlog::spdlog SQLite::SQLite3 PkgConfig::TOMLPP)

if(VIGIL_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(VIGIL_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
