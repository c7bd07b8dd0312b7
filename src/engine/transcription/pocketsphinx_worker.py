# The local engine's speech recogniser process: one pocketsphinx decoder (Debian's python3-pocketsphinx
# with the pocketsphinx-en-us model), loaded once, recognising one utterance at a time. It does not queue,
# resample or time out requests: the engine's SpeechRecogniser does that.
#
# Protocol. stdin: per utterance, a little-endian uint32 byte count and that many bytes of a JSON object
# ({"keyphrases": [...]}: words the session's transcription prompt names), then a uint32 byte count and
# that many bytes of mono PCM16LE at 16 kHz. stdout: JSON lines. First {"type":"ready","reset":"cmn"|"reinit"} (or {"type":"unavailable",
# "message":...} and exit 3); then per utterance zero or more {"type":"segment","text":...} (one per stretch
# of speech, as pocketsphinx_continuous prints them) and one {"type":"result","text":...,"ms":...} or
# {"type":"error","message":...}. End of stdin ends the process.
#
# Keyphrases bias recognition as a hosted service's transcription prompt does: a second decoder spots them
# in each stretch of speech (pocketsphinx keyword search), and a keyphrase it hears where the language
# model heard something else ("a system" for "assistant") replaces the words it overlaps.
#
# Each utterance starts from the decoder's freshly loaded state, so a transcript does not depend on what
# was recognised before: the cepstral-mean estimate pocketsphinx carries between utterances is saved after
# loading and restored before each one (through libsphinxbase's public cmn_t layout), or, where that
# layout cannot be confirmed, the decoder is reloaded after each utterance.
import ctypes
import json
import os
import struct
import sys
import time

CHUNK_BYTES = 4096  # 2048 samples a read, as pocketsphinx_continuous does
APT_HINT = "apt-get install pocketsphinx pocketsphinx-en-us python3-pocketsphinx"


def emit(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def read_exact(stream, count):
    data = bytearray()
    while len(data) < count:
        chunk = stream.read(count - len(data))
        if not chunk:
            return None
        data.extend(chunk)
    return bytes(data)


def read_message(stream):
    """One length-prefixed message (a little-endian uint32 byte count, then the bytes), or None at the end."""
    header = read_exact(stream, 4)
    if header is None:
        return None
    (length,) = struct.unpack("<I", header)
    return read_exact(stream, length)


def known_words(decoder, phrases):
    """The keyphrases whose every word the dictionary knows, lower-cased (others cannot be spotted)."""
    known = []
    for phrase in phrases:
        words = phrase.lower().split()
        if words and all(decoder.lookup_word(word) for word in words):
            known.append(" ".join(words))
    return sorted(set(known))


class CmnState:
    """Saves and restores the live cepstral-mean state (sphinxbase feat_t.cmn_struct, a cmn_t)."""

    # x86_64/aarch64 offsets in sphinxbase 0.8/5prealpha's feat_t: cepsize, cmn type, cmn_struct.
    FEAT_CEPSIZE = 16
    FEAT_CMN_TYPE = 68
    FEAT_CMN_STRUCT = 88

    @classmethod
    def attach(cls, decoder):
        try:
            if ctypes.sizeof(ctypes.c_void_p) != 8:
                return None
            library = ctypes.CDLL("libpocketsphinx.so.3")
            library.ps_get_feat.restype = ctypes.c_void_p
            library.ps_get_feat.argtypes = [ctypes.c_void_p]
            feat = library.ps_get_feat(int(decoder.this))
            if not feat:
                return None
            cepsize = ctypes.c_int32.from_address(feat + cls.FEAT_CEPSIZE).value
            cmn_type = ctypes.c_int32.from_address(feat + cls.FEAT_CMN_TYPE).value
            cmn = ctypes.c_void_p.from_address(feat + cls.FEAT_CMN_STRUCT).value
            if not cmn or cmn_type not in (1, 2) or not 1 <= cepsize <= 64:
                return None
            # cmn_t: mfcc_t *cmn_mean, *cmn_var, *sum; int32 nframe, veclen (mfcc_t is float here).
            veclen = ctypes.c_int32.from_address(cmn + 28).value
            mean = ctypes.c_void_p.from_address(cmn).value
            total = ctypes.c_void_p.from_address(cmn + 16).value
            if veclen != cepsize or not mean or not total:
                return None
            return cls(cmn, mean, total, veclen)
        except (OSError, AttributeError, TypeError, ValueError):
            return None

    def __init__(self, cmn, mean, total, veclen):
        self.nframe = ctypes.c_int32.from_address(cmn + 24)
        self.mean = mean
        self.total = total
        self.size = 4 * veclen
        self.saved = (ctypes.string_at(mean, self.size), ctypes.string_at(total, self.size), self.nframe.value)

    def restore(self):
        ctypes.memmove(self.mean, self.saved[0], self.size)
        ctypes.memmove(self.total, self.saved[1], self.size)
        self.nframe.value = self.saved[2]


def hypothesis(decoder):
    hyp = decoder.hyp()
    return hyp.hypstr.strip() if hyp is not None and hyp.hypstr else ""


FRAME_BYTES = 320  # one 10 ms decoder frame of 16 kHz PCM16
KWS_THRESHOLD = 1e-30  # spots every name in the test meetings, no false spot in their side chatter


def words_of(decoder):
    """The words of the decoder's last utterance with their frames, fillers and silences left out."""
    words = []
    for seg in decoder.seg():
        word = seg.word
        if word.startswith("<") or word.startswith("[") or word.startswith("+"):
            continue
        words.append((word.split("(")[0], seg.start_frame, seg.end_frame))
    return words


class Keyphrases:
    """Keyword-search decoders for the keyphrase sets of recent utterances (sessions may differ)."""

    KEPT = 4

    def __init__(self, config_for):
        self.config_for = config_for
        self.decoders = {}
        self.phrases = ()
        self.decoder = None

    def use(self, phrases):
        self.phrases = tuple(phrases)
        if not self.phrases:
            self.decoder = None
            return
        self.decoder = self.decoders.pop(self.phrases, None) or self.config_for(self.phrases)
        self.decoders[self.phrases] = self.decoder  # most recently used last
        while len(self.decoders) > self.KEPT:
            del self.decoders[next(iter(self.decoders))]

    def spot(self, pcm):
        """Keyphrases heard in one stretch of speech: (phrase, start frame, end frame)."""
        if self.decoder is None:
            return []
        self.decoder.start_utt()
        self.decoder.process_raw(pcm, False, True)
        self.decoder.end_utt()
        return [(seg.word.strip(), seg.start_frame, seg.end_frame) for seg in self.decoder.seg()]


def with_keyphrases(words, spotted):
    """The language model's words with each spotted keyphrase in place of the words it overlaps."""
    for phrase, start, end in spotted:
        if any(word == phrase.split()[0] and s <= end and e >= start for word, s, e in words):
            continue
        kept = [w for w in words if w[2] < start or w[1] > end]
        at = next((i for i, w in enumerate(kept) if w[1] > end), len(kept))
        words = kept[:at] + [(phrase, start, end)] + kept[at:]
    return words


def recognise(decoder, keyphrases, pcm):
    """Decodes one utterance as pocketsphinx_continuous -infile does: one result per stretch of speech."""
    texts = []
    stretch_start = 0

    def finish_segment(stretch_end):
        words = with_keyphrases(words_of(decoder), keyphrases.spot(pcm[stretch_start:stretch_end]))
        text = " ".join(word for word, _, _ in words) if keyphrases.phrases else hypothesis(decoder)
        if text:
            texts.append(text)
            emit({"type": "segment", "text": text})

    decoder.start_stream()
    decoder.start_utt()
    in_speech = False
    for offset in range(0, len(pcm), CHUNK_BYTES):
        decoder.process_raw(pcm[offset : offset + CHUNK_BYTES], False, False)
        speaking = decoder.get_in_speech()
        if speaking and not in_speech:
            in_speech = True
        elif in_speech and not speaking:
            decoder.end_utt()
            finish_segment(offset + CHUNK_BYTES)
            stretch_start = offset + CHUNK_BYTES
            decoder.start_utt()
            in_speech = False
    decoder.end_utt()
    if in_speech:
        finish_segment(len(pcm))
    return " ".join(texts)


def main():
    model_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/pocketsphinx/model/en-us"
    try:
        from pocketsphinx.pocketsphinx import Decoder
    except ImportError as error:
        emit({"type": "unavailable", "message": f"{sys.executable} cannot import pocketsphinx ({error}); {APT_HINT}"})
        return 3
    files = {
        "-hmm": os.path.join(model_dir, "en-us"),
        "-lm": os.path.join(model_dir, "en-us.lm.bin"),
        "-dict": os.path.join(model_dir, "cmudict-en-us.dict"),
    }
    missing = [path for path in files.values() if not os.path.exists(path)]
    if missing:
        emit({"type": "unavailable", "message": f"the pocketsphinx model is missing ({', '.join(missing)}); {APT_HINT}"})
        return 3
    config = Decoder.default_config()
    for name, path in files.items():
        config.set_string(name, path)
    config.set_string("-logfn", "/dev/null")
    try:
        decoder = Decoder(config)
    except Exception as error:  # pocketsphinx raises RuntimeError with no detail when a model file is bad
        emit({"type": "unavailable", "message": f"pocketsphinx could not load the model in {model_dir} ({error}); {APT_HINT}"})
        return 3
    cmn = CmnState.attach(decoder)

    def keyword_decoder(phrases):
        listing = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"roomvoice-keyphrases-{os.getpid()}.txt")
        with open(listing, "w") as out:
            out.writelines(f"{phrase} /{KWS_THRESHOLD}/\n" for phrase in phrases)
        config = Decoder.default_config()
        config.set_string("-hmm", files["-hmm"])
        config.set_string("-dict", files["-dict"])
        config.set_string("-kws", listing)
        config.set_string("-logfn", "/dev/null")
        spotter = Decoder(config)
        os.remove(listing)
        return spotter

    keyphrases = Keyphrases(keyword_decoder)
    emit({"type": "ready", "reset": "cmn" if cmn else "reinit"})

    stdin = sys.stdin.buffer
    while True:
        options = read_message(stdin)
        if options is None:
            return 0
        pcm = read_message(stdin)
        if pcm is None:
            return 0
        started = time.monotonic()
        try:
            if cmn:
                cmn.restore()
            keyphrases.use(known_words(decoder, json.loads(options).get("keyphrases", [])))
            text = recognise(decoder, keyphrases, pcm)
            emit({"type": "result", "text": text, "ms": round((time.monotonic() - started) * 1000)})
        except Exception as error:
            emit({"type": "error", "message": f"pocketsphinx failed: {error}"})
        if not cmn:
            decoder.reinit(config)


if __name__ == "__main__":
    sys.exit(main())
