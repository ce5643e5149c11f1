#!/usr/bin/env python3
"""Writes Concord's hostile input files: the small ones into tests/data/hostile/ (committed, run with --small),
the large ones (zip bombs, a file past the size limit) into the folder given (the tests' build folder).

Each file is a kind of damage or attack an importer meets; tests/cli/test_cli_hostile.cpp holds the message
each must get. Deterministic: the same bytes on every run."""
import os
import struct
import sys
import zipfile
import zlib

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
W = b'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def document(body):
    return b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + W + b'"><w:body>' + body + \
        b'</w:body></w:document>'


def docx(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def pdf(path, objects, root=1):
    """A PDF with the given object bodies (numbered from 1) and a correct cross-reference table."""
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        out += b'%010d 00000 n \n' % offset
    out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, root, xref)
    open(path, 'wb').write(out)


def small(folder):
    os.makedirs(folder, exist_ok=True)
    j = lambda name: os.path.join(folder, name)
    open(j('empty.txt'), 'wb').write(b'')
    open(j('binary.txt'), 'wb').write(bytes((i * 37 + 11) % 256 for i in range(4096)))
    open(j('nul-bytes.txt'), 'wb').write(b'THOA THUAN\n\n\x00\x00\x00 Dieu 1. Hai ben\n')
    open(j('truncated.pdf'), 'wb').write(b'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n')
    pdf(j('no-pages.pdf'), [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [] /Count 0 >>'])
    pdf(j('broken-page-tree.pdf'), [b'<< /Type /Catalog /Pages 2 0 R >>',
                                    b'<< /Type /Pages /Kids [7 0 R] /Count 1 >>'])
    pdf(j('page-count-lie.pdf'), [b'<< /Type /Catalog /Pages 2 0 R >>',
                                  b'<< /Type /Pages /Kids [3 0 R] /Count 5000 >>',
                                  b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'])
    open(j('not-a-zip.docx'), 'wb').write(b'PK\x03\x04' + b'word/document.xml' + bytes(200))
    docx(j('no-text-part.docx'), [('[Content_Types].xml', CONTENT_TYPES)])
    # A good document whose deflated text is damaged after the zip was written: its checksum fails.
    good = j('crc-damaged.docx')
    docx(good, [('[Content_Types].xml', CONTENT_TYPES),
                ('word/document.xml', document(b''.join(b'<w:p><w:r><w:t>Dieu %d. Hai ben hop tac.</w:t></w:r></w:p>' % i
                                                        for i in range(200))))])
    data = bytearray(open(good, 'rb').read())
    start = data.find(b'word/document.xml') + len('word/document.xml')
    for k in range(40, 60):
        data[start + k] ^= 0x5A
    open(good, 'wb').write(data)
    docx(j('deep-nesting.docx'), [('[Content_Types].xml', CONTENT_TYPES),
                                  ('word/document.xml', document(b'<w:p>' * 5000 + b'</w:p>' * 5000))])
    laughs = b'<!DOCTYPE w:document [<!ENTITY a "ha">' + b''.join(
        b'<!ENTITY %c "%s">' % (ord('b') + i, (b'&%c;' % (ord('a') + i)) * 10) for i in range(9)) + b']>'
    docx(j('entity-expansion.docx'), [('[Content_Types].xml', CONTENT_TYPES),
                                      ('word/document.xml', b'<?xml version="1.0"?>' + laughs +
                                       b'<w:document xmlns:w="' + W + b'"><w:body><w:p><w:r><w:t>&j;</w:t></w:r>'
                                       b'</w:p></w:body></w:document>')])


def zeros_deflated(size):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    out = bytearray()
    for _ in range(size >> 20):
        out += compressor.compress(chunk)
    out += compressor.flush()
    return bytes(out)


def bomb(path, size, claimed=None):
    """A .docx whose word/document.xml inflates to `size` bytes of zeros; its headers say `claimed` bytes."""
    raw = zeros_deflated(size)
    crc = 0
    chunk = bytes(1 << 20)
    for _ in range(size >> 20):
        crc = zlib.crc32(chunk, crc)
    declared = size if claimed is None else claimed
    name = b'word/document.xml'
    ct = zlib.compress(CONTENT_TYPES, 9)[2:-4]
    entries = [(b'[Content_Types].xml', ct, zlib.crc32(CONTENT_TYPES), len(CONTENT_TYPES), len(CONTENT_TYPES)),
               (name, raw, crc, declared, len(raw))]
    out = bytearray()
    central = bytearray()
    for entry_name, data, entry_crc, usize, csize in entries:
        offset = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 8, 0, 0x5C21, entry_crc, csize,
                           usize & 0xFFFFFFFF, len(entry_name), 0) + entry_name + data
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 8, 0, 0x5C21, entry_crc, csize,
                               usize & 0xFFFFFFFF, len(entry_name), 0, 0, 0, 0, 0, offset) + entry_name
    out += central + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(central),
                                 len(out), 0)
    open(path, 'wb').write(out)


def large(folder):
    os.makedirs(folder, exist_ok=True)
    j = lambda name: os.path.join(folder, name)
    if not os.path.exists(j('bomb-1gb.docx')):
        bomb(j('bomb-1gb.docx'), 1 << 30)  # honest headers: 1 GB of zeros in about 1 MB
    if not os.path.exists(j('bomb-lying.docx')):
        bomb(j('bomb-lying.docx'), 256 << 20, claimed=4096)  # headers claim 4 KB
    if not os.path.exists(j('bomb-ratio.docx')):
        bomb(j('bomb-ratio.docx'), 32 << 20)  # under the size limit, far over the ratio
    pages = 2001
    pdf(j('too-many-pages.pdf'), [b'<< /Type /Catalog /Pages 2 0 R >>',
                                  b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
                                      b' '.join(b'%d 0 R' % (3 + i) for i in range(pages)), pages)] +
        [b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>'] * pages)
    with open(j('too-large.txt'), 'wb') as f:  # sparse: past the 64 MB limit without using the disk
        f.truncate((64 << 20) + 1)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--small':
        small(sys.argv[2])
    elif len(sys.argv) == 2:
        large(sys.argv[1])
    else:
        sys.exit('usage: gen-hostile.py --small tests/data/hostile | gen-hostile.py OUT_FOLDER')
