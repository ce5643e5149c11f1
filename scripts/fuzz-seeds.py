#!/usr/bin/env python3
"""Writes the seed corpus of each libFuzzer harness in fuzz/ into OUT/<harness>/: the sample agreements and
the hostile files (tests/data/hostile) in the shapes each harness reads. Deterministic."""
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, 'tests', 'fixtures', 'samples')
HOSTILE = os.path.join(ROOT, 'tests', 'data', 'hostile')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def samples():
    for name in sorted(os.listdir(SAMPLES)):
        yield name, open(os.path.join(SAMPLES, name), 'rb').read()


def hostile(extension):
    for name in sorted(os.listdir(HOSTILE)):
        if name.endswith(extension):
            yield name, open(os.path.join(HOSTILE, name), 'rb').read()


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, name), 'wb').write(data)


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def docx(paragraphs):
    body = ''.join('<w:p><w:pPr>%s</w:pPr><w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if i % 5 == 2 else
        ('<w:pStyle w:val="Heading1"/>' if i == 0 else ''), '<w:b/>' if i % 7 == 3 else '', escape(p))
        for i, p in enumerate(paragraphs))
    document = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (
        W, body)
    numbering = ('<?xml version="1.0"?><w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                 '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
    styles = ('<?xml version="1.0"?><w:styles xmlns:w="%s"><w:style w:styleId="Heading1"><w:pPr><w:outlineLvl w:val="0"/>'
              '</w:pPr></w:style></w:styles>' % W)
    out = os.path.join('/tmp', 'concord-seed.docx')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', '<Types/>'), ('word/document.xml', document),
                           ('word/numbering.xml', numbering), ('word/styles.xml', styles)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))
    data = open(out, 'rb').read()
    os.remove(out)
    return data


def pdf(lines_per_page):
    """A PDF with a text layer in Helvetica (Latin-1 text), one page per list of lines."""
    objects = ['<< /Type /Catalog /Pages 2 0 R >>', None, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    kids = []
    for lines in lines_per_page:
        stream = 'BT /F1 11 Tf 14 TL 72 780 Td ' + ' '.join(
            '(%s) Tj T*' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + \
            ' 0 -700 Td (%d) Tj ET' % (len(kids) + 1)
        objects.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream), stream))
        objects.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R '
                       '/Resources << /Font << /F1 3 0 R >> >> >>' % (len(objects)))
        kids.append(len(objects))
    objects[1] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (number, body)).encode('latin-1')
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        out += b'%010d 00000 n \n' % offset
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return bytes(out)


def tiff(pages, big_endian=False, loop_to=None, side=16, compression=1):
    """A TIFF of `pages` one-bit side x side pages (uncompressed or PackBits), optionally looping back."""
    import struct
    e = '>' if big_endian else '<'
    out = bytearray(b'MM\x00*' if big_endian else b'II*\x00') + struct.pack(e + 'I', 0)
    offsets, previous = [], 4
    row = (side + 7) // 8
    for k in range(pages):
        strip = len(out)
        raw = bytes(((k * 37 + y) % 256) for y in range(row * side))
        data = raw if compression == 1 else b''.join(bytes([row - 1]) + raw[i:i + row] for i in range(0, len(raw), row))
        out += data
        if len(out) % 2:
            out += b'\x00'
        directory = len(out)
        offsets.append(directory)
        struct.pack_into(e + 'I', out, previous, directory)
        entries = [(256, 4, side), (257, 4, side), (258, 3, 1), (259, 3, compression), (262, 3, 0), (273, 4, strip),
                   (278, 4, side), (279, 4, len(data)), (282, 4, 0), (283, 4, 0)][:8]
        out += struct.pack(e + 'H', len(entries))
        for tag, kind, value in entries:
            out += struct.pack(e + 'HHI', tag, kind, 1)
            out += struct.pack(e + 'HH', value, 0) if kind == 3 else struct.pack(e + 'I', value)
        previous = len(out)
        out += struct.pack(e + 'I', 0)
    if loop_to is not None:
        struct.pack_into(e + 'I', out, previous, offsets[loop_to])
    return bytes(out)


def ascii_fold(text):
    import unicodedata
    text = text.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', text) if not unicodedata.combining(c))


def main(out):
    paragraphs = {}
    for name, data in samples():
        text = data.decode('utf-8')
        paragraphs[name] = [p.strip() for p in re.split(r'\n\s*\n', text) if p.strip()]

    # Seeds stay under 4 KB (the harnesses run with -max_len=8192): small inputs keep thousands of runs a second.
    for name, data in samples():
        text = data.decode('utf-8')
        pieces = [text[i:i + 1200] for i in range(0, min(len(text), 6000), 1200)]
        for k, piece in enumerate(pieces):
            write(os.path.join(out, 'fuzz_decoder'), '%s.%d' % (name, k), piece.encode('utf-8'))
            write(os.path.join(out, 'fuzz_text_structure'), '%s.%d' % (name, k), piece.encode('utf-8'))
        write(os.path.join(out, 'fuzz_decoder'), name + '.utf16', b'\xff\xfe' + pieces[0].encode('utf-16-le'))
        chinese = ''.join(l + '\n' for l in text.splitlines() if re.search('[\u4e00-\u9fff]', l))[:1200]
        write(os.path.join(out, 'fuzz_decoder'), name + '.gb18030', chinese.encode('gb18030'))
        vietnamese = ''.join(l + '\n' for l in text.splitlines() if re.search('[ăâđêôơư]', l))[:1200]
        write(os.path.join(out, 'fuzz_decoder'), name + '.cp1258', vietnamese.encode('cp1258', 'replace'))
    for name, data in hostile('.txt'):
        write(os.path.join(out, 'fuzz_decoder'), name, data[:4096])
    write(os.path.join(out, 'fuzz_text_structure'), 'markdown.md',
          '# THỎA THUẬN\n\n**Điều 1.** Hai bên ~~không~~ hợp tác.\n\n<div>Dấu</div>\n\n- a) một\n- b) hai\n\n'
          '第一条 双方\n\n（一）合作\n\nIV. Điều khoản cuối\n\nTM. UBND TỈNH\n\nNguyễn Văn A\n'.encode('utf-8'))

    dates, labels, queries = [], [], []
    for name, items in paragraphs.items():
        for p in items:
            labels.append(p[:60])
            for line in p.splitlines():
                if re.search(r'\d', line) and len(dates) < 300:
                    dates.append(line[:200])
    for i, line in enumerate(dates):
        write(os.path.join(out, 'fuzz_date_parser'), 'date-%03d' % i, bytes([200 + i % 50]) + line.encode('utf-8'))
    for i, label in enumerate(labels[:400]):
        write(os.path.join(out, 'fuzz_numbering'), 'label-%03d' % i, label.encode('utf-8'))
    for i, (query, unit) in enumerate([('phong thanh cang', 'Phòng Thành Cảng'), ('廣西與諒山', '广西与谅山'),
                                        ('"hợp tác" OR du*', 'Hai bên hợp tác du lịch'), ('NEAR(a b)', 'a b c'),
                                        ('hop tac AND NOT', 'hợp tác'), ('"', '"'), ('*', 'x'), ('(((', ')))'),
                                        ('Điều 5', 'Điều 5: Thúc đẩy'), ('第一条', '第一条 双方')]):
        write(os.path.join(out, 'fuzz_search_query'), 'query-%02d' % i, (query + unit).encode('utf-8'))

    for name, items in paragraphs.items():
        write(os.path.join(out, 'fuzz_docx'), name + '.docx', docx(items[:12]))
        latin = [ascii_fold(p)[:90] for p in items[:16]]
        latin = [l.encode('latin-1', 'replace').decode('latin-1') for l in latin]
        write(os.path.join(out, 'fuzz_pdf'), name + '.pdf', pdf([latin[i:i + 8] for i in range(0, min(len(latin), 16), 8)]))
    for name, data in hostile('.docx'):
        write(os.path.join(out, 'fuzz_docx'), name, data)
    for name, data in hostile('.pdf'):
        write(os.path.join(out, 'fuzz_pdf'), name, data)
    for name, data in [('one.tif', tiff(1)), ('three.tif', tiff(3)), ('big-endian.tif', tiff(2, big_endian=True)),
                       ('packbits.tif', tiff(2, compression=32773)), ('loop.tif', tiff(2, loop_to=0)),
                       ('wide.tif', tiff(1, side=64))]:
        write(os.path.join(out, 'fuzz_tiff'), name, data)
    for name, data in hostile('.tif'):
        write(os.path.join(out, 'fuzz_tiff'), name, data)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: fuzz-seeds.py OUT_FOLDER')
    main(sys.argv[1])
