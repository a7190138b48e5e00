#!/usr/bin/env python3
"""Generates Vigil's small synthetic demo set in samples/ (deterministic).

Everything here is made by this script: benign generated images (gradients,
shapes, noise), a hash list that lists some of them, and a few hundred
synthetic, non-graphic chat events. No real person, account or image.

    python3 scripts/make_samples.py   # rewrites samples/
"""
import hashlib
import json
import os
import random
import shutil
import struct
import subprocess
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")


def png_bytes(w, h, pixel):
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            rows.extend(pixel(x, y))
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def ppm_bytes(w, h, pixel):
    data = bytearray(b"P6 %d %d 255\n" % (w, h))
    for y in range(h):
        for x in range(w):
            data.extend(pixel(x, y))
    return bytes(data)


def patterns(rng):
    def gradient(x, y):
        return (x * 255 // 159, y * 255 // 119, 128)
    def circles(x, y):
        d = ((x - 80) ** 2 + (y - 60) ** 2) ** 0.5
        v = 255 if int(d) // 10 % 2 else 30
        return (v, 200 - v // 2, 90)
    def checker(x, y):
        v = 230 if (x // 20 + y // 20) % 2 else 25
        return (v, v, v)
    def stripes(x, y):
        return (40, (x * 7 + y * 3) % 256, 200)
    noise_seed = rng.random()
    def noise(x, y):
        h = hashlib.md5(b"%f-%d-%d" % (noise_seed, x // 4, y // 4)).digest()
        return (h[0], h[1], h[2])
    def sunset(x, y):
        return (255 - y, 120 + (x % 60), 60 + y // 2)
    return [("gradient", gradient), ("circles", circles), ("checker", checker),
            ("stripes", stripes), ("noise", noise), ("sunset", sunset)]


def main():
    rng = random.Random(20261121)
    img_dir = os.path.join(ROOT, "media")
    os.makedirs(img_dir, exist_ok=True)
    images = []
    have_cjpeg = shutil.which("cjpeg") is not None
    for name, fn in patterns(rng):
        path = os.path.join(img_dir, name + ".png")
        with open(path, "wb") as f:
            f.write(png_bytes(160, 120, fn))
        images.append("media/" + name + ".png")
        if have_cjpeg:
            jpg = os.path.join(img_dir, name + ".jpg")
            out = subprocess.run(["cjpeg", "-quality", "85"], input=ppm_bytes(160, 120, fn),
                                 capture_output=True, check=True).stdout
            with open(jpg, "wb") as f:
                f.write(out)
            images.append("media/" + name + ".jpg")

    # The demo "known" list: three of the images, by MD5 and SHA-256.
    listed = [images[1], images[4], images[7]] if len(images) > 7 else images[:3]
    with open(os.path.join(ROOT, "known.txt"), "w") as f:
        f.write("# Demo hash list: synthetic benign images standing in for known material.\n")
        f.write("# Format: HASH,ID,CATEGORY (see include/vigil/hash_list.h)\n")
        for i, rel in enumerate(listed):
            data = open(os.path.join(ROOT, rel), "rb").read()
            algo = hashlib.sha256 if i % 2 == 0 else hashlib.md5
            f.write("%s,demo-%03d,test\n" % (algo(data).hexdigest(), i + 1))

    chat_en = ["hey how was your day", "did you finish the homework", "the match starts at 6",
               "lol that video was funny", "can you send me the notes from class",
               "we are going to the park on saturday", "mum says dinner is ready",
               "what game are you playing tonight", "see you at practice", "thanks for the help"]
    chat_zh = ["今天作业好多", "周末去打球吗", "这个视频太好笑了", "明天几点集合", "谢谢你的笔记",
               "晚饭吃什么", "我们班下周考试", "一起玩游戏吧"]
    risky = [  # synthetic, non-graphic cue lines for the text and conversation detectors
        "how old are you? what grade are you in", "you are so mature for your age",
        "this is our secret, don't tell your parents", "add me on telegram, it's more private",
        "i can send you game credits if you want", "send me a photo of you, just for me",
        "VIP群 50元进 资源 加薇信", "send $500 or i will share your pictures with everyone",
    ]
    users = ["u_%s" % n for n in ["ana", "ben", "chen", "dana", "eli", "fang", "gus", "hui", "ivy",
                                  "jun", "kai", "lin"]]
    events = []
    t0 = 1777748640  # 2026-05-02T19:04:00Z
    for i in range(300):
        conv = "c-%02d" % (i % 24)
        a, b = users[i % 24 % len(users)], users[(i % 24 + 5) % len(users)]
        sender, recipient = (a, b) if i % 3 else (b, a)
        lang = "zh-Hans" if (i % 24) % 4 == 3 else "en"
        text = rng.choice(chat_zh if lang == "zh-Hans" else chat_en)
        if i % 24 == 7 and i > 100:
            text = risky[(i // 24) % len(risky)]
        ts = t0 + i * 37
        ev = {"id": "s-%04d" % i, "conversation": conv,
              "ts": "2026-05-%02dT%02d:%02d:%02dZ" % (2 + ts // 86400 - t0 // 86400,
                                                        ts % 86400 // 3600, ts % 3600 // 60, ts % 60),
              "sender": sender, "recipient": recipient, "platform": "demo", "channel": "dm",
              "lang": lang, "text": text}
        if i % 25 == 4:
            ev["media"] = [{"path": images[(i // 25) % len(images)]}]
        events.append(ev)
    with open(os.path.join(ROOT, "events.jsonl"), "w") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    print("samples: %d images, %d listed, %d events" % (len(images), len(listed), len(events)))


if __name__ == "__main__":
    main()
