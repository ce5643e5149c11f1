#!/usr/bin/env python3
"""Writes the Word fixtures of the table corpus (plan-merged.docx, plan-200.docx) as Word writes tables: w:tbl with
a repeated header row (w:tblHeader), a header group spanning two columns (w:gridSpan) over a second header row, and a
lead agency merged down over the rows it leads (w:vMerge). Run it again only to change the fixtures."""
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def para(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def cell(text, span=1, vmerge=None, bold=False):
    props = ''
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart':
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        props += '<w:vMerge/>'
    paragraphs = ''.join(para(t, bold) for t in text.split('\n')) if text else '<w:p/>'
    return f'<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>'


def row(cells, header=False):
    trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return f'<w:tr>{trpr}{"".join(cells)}</w:tr>'


def table(rows):
    return '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + ''.join(rows) + '</w:tbl>'


def write(name, body):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                   'document.main+xml"/></Types>')
        z.writestr('_rels/.rels',
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', document)


def header_rows():
    return [
        row([cell('STT', vmerge='restart', bold=True), cell('Nội dung nhiệm vụ', vmerge='restart', bold=True),
             cell('Đơn vị thực hiện', span=2, bold=True), cell('Thời gian hoàn thành', vmerge='restart', bold=True)],
            header=True),
        row([cell('', vmerge='continue'), cell('', vmerge='continue'), cell('Chủ trì', bold=True),
             cell('Phối hợp', bold=True), cell('', vmerge='continue')], header=True),
    ]


merged = para('KẾ HOẠCH', True) + para('Triển khai Thỏa thuận hợp tác giữa tỉnh Lạng Sơn và thành phố Bằng Tường năm 2027') \
    + para('Ủy ban nhân dân tỉnh Lạng Sơn phân công nhiệm vụ như sau:') + table(header_rows() + [
        row([cell('I'), cell('LĨNH VỰC THƯƠNG MẠI', span=4, bold=True)]),
        row([cell('1'), cell('Hoàn thiện hạ tầng khu trung chuyển hàng hóa Tân Thanh'), cell('Sở Công Thương', vmerge='restart'),
             cell('UBND huyện Văn Lãng'), cell('30/9/2027')]),
        row([cell('2'), cell('Tổ chức đoàn doanh nghiệp tham dự Hội chợ Bằng Tường'), cell('', vmerge='continue'),
             cell('Hiệp hội Doanh nghiệp tỉnh'), cell('Tháng 10 hằng năm')]),
        row([cell('II'), cell('LĨNH VỰC VĂN HÓA', span=4, bold=True)]),
        row([cell('3'), cell('Trao đổi đoàn nghệ thuật biểu diễn | giao lưu'), cell('Sở Văn hóa, Thể thao và Du lịch'),
             cell(''), cell('Quý III/2027')]),
    ]) + para('Các đơn vị báo cáo kết quả về Sở Ngoại vụ.')
write('plan-merged.docx', merged)

leads = ['Sở Công Thương', 'Sở Ngoại vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính']
deadlines = ['30/9/2027', 'Quý II/2027', 'Tháng 10 hằng năm', '31/12/2027', '15/6/2027']
rows = [row([cell('STT', bold=True), cell('Nội dung', bold=True), cell('Đơn vị chủ trì', bold=True),
             cell('Đơn vị phối hợp', bold=True), cell('Thời gian hoàn thành', bold=True)], header=True)]
for n in range(1, 201):
    rows.append(row([cell(str(n)), cell(f'Nhiệm vụ số {n}: triển khai hoạt động hợp tác với tỉnh Quảng Tây'),
                     cell(leads[n % 5]), cell('Sở Ngoại vụ'), cell(deadlines[n % 5])]))
write('plan-200.docx', para('KẾ HOẠCH TRIỂN KHAI NĂM 2027', True)
      + para('Ủy ban nhân dân tỉnh Lạng Sơn giao nhiệm vụ cho các sở, ngành như sau:') + table(rows))
