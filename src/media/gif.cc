// GIF through giflib: the first frame, at its own size, through its colour
// map (local, else global). Transparency is dropped like alpha elsewhere.
#include <cstring>

#include <gif_lib.h>

#include "media/decode_util.h"

namespace vigil {
namespace {

struct GifSource {
  const uint8_t* data;
  size_t size;
  size_t pos;
};

int GifRead(GifFileType* gif, GifByteType* dst, int n) {
  auto* src = static_cast<GifSource*>(gif->UserData);
  const size_t take = std::min(size_t(n < 0 ? 0 : n), src->size - src->pos);
  std::memcpy(dst, src->data + src->pos, take);
  src->pos += take;
  return int(take);
}

Status GifError(const char* what, int code) {
  const char* m = GifErrorString(code);
  return CorruptionError(std::string("GIF: ") + what + ": " + (m ? m : "error"));
}

struct GifCloser {
  GifFileType* gif;
  ~GifCloser() {
    int e = 0;
    if (gif) DGifCloseFile(gif, &e);
  }
};

Status SkipExtension(GifFileType* gif) {
  int code = 0;
  GifByteType* ext = nullptr;
  if (DGifGetExtension(gif, &code, &ext) == GIF_ERROR) return GifError("extension", gif->Error);
  while (ext != nullptr) {
    if (DGifGetExtensionNext(gif, &ext) == GIF_ERROR) return GifError("extension", gif->Error);
  }
  return Status::OK();
}

Status ReadFrame(GifFileType* gif, const DecodeLimits& limits, Image* out) {
  if (DGifGetImageDesc(gif) == GIF_ERROR) return GifError("image descriptor", gif->Error);
  const GifImageDesc& d = gif->Image;
  const ColorMapObject* map = d.ColorMap ? d.ColorMap : gif->SColorMap;
  if (map == nullptr || map->Colors == nullptr) return CorruptionError("GIF: no colour map");
  VIGIL_RETURN_IF_ERROR(
      media_internal::AllocateImage("GIF", d.Width, d.Height, 3, ImageFormat::kGif, limits, out));
  const int w = out->width, h = out->height;
  std::vector<GifPixelType> idx(size_t(w) * h);
  if (d.Interlace) {
    static constexpr int kStart[4] = {0, 4, 2, 1}, kStep[4] = {8, 8, 4, 2};
    for (int pass = 0; pass < 4; ++pass) {
      for (int y = kStart[pass]; y < h; y += kStep[pass]) {
        if (DGifGetLine(gif, idx.data() + size_t(y) * w, w) == GIF_ERROR) {
          return GifError("image data", gif->Error);
        }
      }
    }
  } else {
    for (int y = 0; y < h; ++y) {
      if (DGifGetLine(gif, idx.data() + size_t(y) * w, w) == GIF_ERROR) {
        return GifError("image data", gif->Error);
      }
    }
  }
  uint8_t* px = out->pixels.data();
  for (size_t i = 0; i < idx.size(); ++i) {
    const int c = idx[i];
    if (c < map->ColorCount) {
      px[3 * i] = map->Colors[c].Red;
      px[3 * i + 1] = map->Colors[c].Green;
      px[3 * i + 2] = map->Colors[c].Blue;
    } else {
      px[3 * i] = px[3 * i + 1] = px[3 * i + 2] = 0;
    }
  }
  return Status::OK();
}

}  // namespace

Status DecodeGif(std::string_view bytes, const DecodeLimits& limits, Image* out) {
  VIGIL_RETURN_IF_ERROR(media_internal::CheckBytes("GIF", bytes, limits));
  GifSource src{reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), 0};
  int err = 0;
  GifCloser closer{DGifOpen(&src, GifRead, &err)};
  GifFileType* gif = closer.gif;
  if (gif == nullptr) return GifError("header", err);
  if (int64_t(gif->SWidth) * gif->SHeight > limits.max_pixels) {
    return ResourceExhaustedError("GIF: screen " + std::to_string(gif->SWidth) + "x" +
                                  std::to_string(gif->SHeight) + " exceeds the limit of " +
                                  std::to_string(limits.max_pixels) + " pixels");
  }
  for (int records = 0; records < 100000; ++records) {
    GifRecordType type;
    if (DGifGetRecordType(gif, &type) == GIF_ERROR) return GifError("record", gif->Error);
    switch (type) {
      case IMAGE_DESC_RECORD_TYPE: return ReadFrame(gif, limits, out);
      case EXTENSION_RECORD_TYPE: VIGIL_RETURN_IF_ERROR(SkipExtension(gif)); break;
      case TERMINATE_RECORD_TYPE: return CorruptionError("GIF: no image frame");
      default: return CorruptionError("GIF: unknown record type");
    }
  }
  return CorruptionError("GIF: too many records before the first frame");
}

}  // namespace vigil
