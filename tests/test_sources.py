import gzip
import json

import pytest

from kg.sources import SourceError, Summary, decode, read_sources


def _read(paths):
    items = list(read_sources(paths))
    return [i for i in items if isinstance(i, Summary)], [i for i in items if isinstance(i, SourceError)]


@pytest.mark.parametrize("data, text", [
    ("Nicolò è già in cella".encode("utf-8"), "Nicolò è già in cella"),
    (b"\xef\xbb\xbfDorsey", "Dorsey"),
    ("Nicolò è già in cella".encode("cp1252"), "Nicolò è già in cella"),
    ("“smart quotes” — dash".encode("cp1252"), "“smart quotes” — dash"),
    (b"caf\xe9 \x81", "café \x81"),  # undefined in Windows-1252: Latin-1
])
def test_decode_reads_utf8_bom_windows1252_and_latin1(data, text):
    assert decode(data) == text


def test_decode_rejects_binary():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_a_folder_gives_its_txt_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("Rocco is sentenced.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Dorsey is sentenced.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert [d.id for d in docs] == ["a", "b"] and not errors


@pytest.mark.parametrize("name, body, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\r\n ", "empty file"),
    ("image.txt", b"GIF89a\x00\x01\x00", "binary"),
    ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
])
def test_bad_files_are_named_and_the_batch_goes_on(tmp_path, name, body, problem):
    (tmp_path / name).write_bytes(body)
    (tmp_path / "good.txt").write_text("Dorsey shares a cell with Rocco.", encoding="utf-8")
    docs, errors = _read([tmp_path / name, tmp_path / "good.txt", tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["good"]
    assert problem in str(errors[0]) and name in str(errors[0])
    assert "missing.txt: no such file" in str(errors[1])


def test_crlf_and_bom_are_read_as_plain_text(tmp_path):
    (tmp_path / "w.txt").write_bytes(b"\xef\xbb\xbfDorsey (Vera Lindholm) informs the warden.\r\nNext.\r\n")
    docs, _ = _read([tmp_path / "w.txt"])
    assert docs[0].text.startswith("Dorsey (Vera")


def test_tsv_corpus_one_summary_a_line(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text("101\tDorsey shares a cell with Rocco.\n102\tFenwick is framed by Dorsey.\n"
                    "101\trepeated id\n\n", encoding="utf-8")
    docs, errors = _read([path])
    assert [(d.id, d.source) for d in docs] == [("101", "corpus.txt#101"), ("102", "corpus.txt#102")]
    assert "repeats" in str(errors[0]) and "corpus.txt:3" in str(errors[0])


def test_gzipped_tsv_and_jsonl_corpora(tmp_path):
    gz = tmp_path / "c.tsv.gz"
    gz.write_bytes(gzip.compress("7\tDorsey informs the warden.\n".encode()))
    jl = tmp_path / "c.jsonl"
    jl.write_text(json.dumps({"id": "x1", "text": "Rocco escapes."}) + "\n{not json}\n"
                  + json.dumps({"id": "x2"}) + "\n", encoding="utf-8")
    docs, errors = _read([gz, jl])
    assert [d.id for d in docs] == ["7", "x1"]
    assert len(errors) == 2 and all("c.jsonl:" in str(e) for e in errors)
