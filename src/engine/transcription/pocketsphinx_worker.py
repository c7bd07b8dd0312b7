# The local engine's speech recogniser process: one pocketsphinx decoder (Debian's python3-pocketsphinx
# with the pocketsphinx-en-us model), loaded once, recognising one utterance at a time. It does not queue,
# resample or time out requests: the engine's SpeechRecogniser does that.
#
# Protocol. stdin: per utterance, a little-endian uint32 byte count, then that many bytes of mono PCM16LE
# at 16 kHz. stdout: JSON lines. First {"type":"ready","reset":"cmn"|"reinit"} (or {"type":"unavailable",
# "message":...} and exit 3); then per utterance zero or more {"type":"segment","text":...} (one per stretch
# of speech, as pocketsphinx_continuous prints them) and one {"type":"result","text":...,"ms":...} or
# {"type":"error","message":...}. End of stdin ends the process.
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


def recognise(decoder, pcm):
    """Decodes one utterance as pocketsphinx_continuous -infile does: one result per stretch of speech."""
    texts = []

    def finish_segment():
        text = hypothesis(decoder)
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
            finish_segment()
            decoder.start_utt()
            in_speech = False
    decoder.end_utt()
    if in_speech:
        finish_segment()
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
    emit({"type": "ready", "reset": "cmn" if cmn else "reinit"})

    stdin = sys.stdin.buffer
    while True:
        header = read_exact(stdin, 4)
        if header is None:
            return 0
        (length,) = struct.unpack("<I", header)
        pcm = read_exact(stdin, length)
        if pcm is None:
            return 0
        started = time.monotonic()
        try:
            if cmn:
                cmn.restore()
            text = recognise(decoder, pcm)
            emit({"type": "result", "text": text, "ms": round((time.monotonic() - started) * 1000)})
        except Exception as error:
            emit({"type": "error", "message": f"pocketsphinx failed: {error}"})
        if not cmn:
            decoder.reinit(config)


if __name__ == "__main__":
    sys.exit(main())
