# Writes a layout G 项目支出绩效自评表 (.docx) whose indicator rows carry several lines of 偏差原因 and no 指标N:
# marker; printed by Writer, the row the page ends in is split, its reason's last line heading the next page alone.
# Names and figures are invented.
#   python3 scripts/docx-fixtures/row-across-page-break.py /tmp/r.docx && soffice --headless --convert-to pdf --outdir /tmp /tmp/r.docx
#   && cp /tmp/r.pdf test/fixtures/records/self-evaluation-row-across-page-break.writer.pdf
import sys
from docx import Document
from docx.shared import Pt
doc = Document()
doc.styles["Normal"].font.size = Pt(10.5)
doc.add_paragraph("项目支出绩效自评表")
doc.add_paragraph("（2024年度）")
inds = []
groups = [("产出指标", "数量指标", 5), ("产出指标", "质量指标", 4), ("产出指标", "时效指标", 3), ("效益指标", "社会效益指标", 5), ("满意度指标", "服务对象满意度指标", 1)]
k = 0
for l1, l2, n in groups:
    for j in range(n):
        k += 1
        reason = "" if k % 3 else "受年度计划调整影响，部分工作推迟至次年实施，下一步将加强计划管理，提前谋划，确保按期完成各项任务目标。"
        inds.append((l1, l2, f"培训覆盖人次{k}" if k % 2 else f"设备完好率考核事项{k}", f"≥{100 + k * 10}人次" if k % 2 else "≥95%", f"{100 + k * 10 + 3}人次" if k % 2 else "96%", "5", "5", reason))
rows = 7 + len(inds) + 1
t = doc.add_table(rows=rows, cols=8)
t.style = "Table Grid"
def put(r, c, s): t.cell(r, c).text = s
put(0, 0, "项目名称"); t.cell(0, 1).merge(t.cell(0, 7)); put(0, 1, "基层干部教育培训项目")
put(1, 0, "主管部门"); t.cell(1, 1).merge(t.cell(1, 3)); put(1, 1, "某县委组织部"); put(1, 4, "实施单位"); t.cell(1, 5).merge(t.cell(1, 7)); put(1, 5, "某县委党校")
for c, h in enumerate(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]): put(2, c, h)
for c, h in enumerate(["", "年度资金总额", "60", "60", "57.6", "10", "96%", "9.6"]): put(3, c, h)
t.cell(2, 0).merge(t.cell(3, 0)); t.cell(2, 0).text = "项目资金（万元）"
put(4, 0, "年度总体目标"); put(4, 1, "预期目标"); t.cell(4, 1).merge(t.cell(4, 3)); put(4, 4, "实际完成情况"); t.cell(4, 4).merge(t.cell(4, 7))
put(5, 0, ""); t.cell(5, 1).merge(t.cell(5, 3)); put(5, 1, "全年培训基层干部1000人次，提升履职能力。"); t.cell(5, 4).merge(t.cell(5, 7)); put(5, 4, "全年培训基层干部1080人次。")
t.cell(4, 0).merge(t.cell(5, 0))
for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]): put(6, c, h)
for i, row in enumerate(inds):
    for c, v in enumerate(row): put(7 + i, c, v)
put(rows - 1, 0, "总分"); t.cell(rows - 1, 0).merge(t.cell(rows - 1, 4)); put(rows - 1, 5, "100"); put(rows - 1, 6, "99.6")
doc.save(sys.argv[1])
