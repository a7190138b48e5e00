# Deterministic obfuscation helpers shared by the message generator.
ZWSP = "\u200b"
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
       "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
       "C": "С", "T": "Т", "X": "Х"}

def zw(s):
    """Insert a zero-width space between every character."""
    return ZWSP.join(s)

def fw(s):
    """ASCII -> full-width forms (space -> ideographic space)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)

def cy(s):
    """Replace Latin letters by Cyrillic look-alikes where one exists."""
    return "".join(CYR.get(ch, ch) for ch in s)

def sep(s, ch):
    return ch.join(s)

def spc(s):
    return " ".join(s)
