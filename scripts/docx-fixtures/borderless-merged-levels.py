# Writes a layout I 部门整体支出绩效自评表 (.docx) as a Word table without borders, landscape: merged 一级/二级 cells
# centred vertically, groups cut by the page break, and a 总分 row whose label is merged over the first three
# columns and centred, standing across the gutter between 二级 and 三级. Printed by Writer.
# Names and figures are invented.
#   python3 scripts/docx-fixtures/borderless-merged-levels.py /tmp/b.docx && soffice --headless --convert-to pdf --outdir /tmp /tmp/b.docx
#   && cp /tmp/b.pdf test/fixtures/records/borderless-merged-levels.writer.pdf
import sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
doc.styles["Normal"].font.size = Pt(10)
title = doc.add_paragraph("2023年度部门整体支出绩效自评表")
title.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("部门名称：长宁区民政局")
inds = [
    ("产出指标", "数量指标", "补助人数(人)", "2389人", "2510", "7", "7", ""),
    ("产出指标", "数量指标", "发放宣传资料(份)", "≥2506份", "2815份", "7", "7", ""),
    ("产出指标", "数量指标", "检查覆盖单位数(家)", "≥299", "328家", "6", "6", ""),
    ("产出指标", "质量指标", "资金使用合规率(%)", "100", "100", "6", "6", ""),
    ("产出指标", "质量指标", "儿童福利验收合格率(%)", "≥95%", "98", "6", "6", ""),
    ("产出指标", "时效指标", "办结时限(天)", "≤15", "15天", "6", "6", ""),
    ("产出指标", "时效指标", "完成时间", "11月底前", "11月底前", "6", "6", ""),
    ("产出指标", "成本指标", "预算执行偏差率(%)", "≤10%", "9", "7", "7", ""),
    ("效益指标", "经济效益指标", "带动当地产业发展", "有所提升", "基本完成", "7", "6", "部分工作受天气影响推迟，下一步加快进度"),
    ("效益指标", "社会效益指标", "群众办事便利度", "明显提升", "基本完成", "6", "5", "部分工作受天气影响推迟，下一步加快进度"),
    ("效益指标", "社会效益指标", "社会知晓率(%)", "≥95%", "97%", "7", "7", ""),
    ("效益指标", "可持续影响指标", "工作机制运行情况", "正常运转", "正常运转", "6", "6", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度(%)", "≥95%", "98%", "7", "7", ""),
    ("满意度指标", "服务对象满意度指标", "儿童福利群众满意度(%)", "≥90%", "92", "6", "6", ""),
]
widths = [Cm(2.2), Cm(2.6), Cm(3.0), Cm(3.4), Cm(2.8), Cm(2.8), Cm(2.2), Cm(2.2), Cm(3.2)]
t = doc.add_table(rows=3 + len(inds) + 1, cols=9)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for row in t.rows:
    for c, w in enumerate(widths):
        row.cells[c].width = w
def put(r, c, s):
    cell = t.cell(r, c)
    cell.text = s
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for c, h in enumerate(["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]): put(0, c, h)
for c, h in enumerate(["年度预算执行情况(万元)", "年度资金总额", "3829.13", "3968.14", "3836.56", "10", "96.68%", "9.67", ""]): put(1, c, h)
for c, h in enumerate(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]): put(2, c, h)
for i, row in enumerate(inds):
    for c, v in enumerate(row):
        put(3 + i, c + 1, v)
def merge_runs(col):
    i = 0
    while i < len(inds):
        j = i
        while j + 1 < len(inds) and inds[j + 1][col] == inds[i][col] and inds[j + 1][0] == inds[i][0]:
            j += 1
        if j > i:
            label = inds[i][col]
            t.cell(3 + i, col + 1).merge(t.cell(3 + j, col + 1))
            put(3 + i, col + 1, label)
        i = j + 1
merge_runs(0)
merge_runs(1)
t.cell(3, 0).merge(t.cell(2 + len(inds), 0))
last = 3 + len(inds)
t.cell(last, 0).merge(t.cell(last, 3))
put(last, 0, "总分")
put(last, 6, "100")
put(last, 7, "97.67")
doc.save(sys.argv[1])
