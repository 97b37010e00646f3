# Writes test/fixtures/pdf/levels-across-page-break.docx, one ruled table whose task rows draw seven columns and whose
# indicator rows merge them into five; the indicator rows run onto a second page inside a merged 一级/二级 group.
# Printed by LibreOffice (soffice --headless --convert-to pdf), page 2 draws only the indicator columns, and the
# merged level cells cut by the break print their labels on page 1 alone. Names and figures are invented.
#   python3 scripts/docx-fixtures/levels-across-page-break.py && (cd test/fixtures/pdf && soffice --headless --convert-to pdf levels-across-page-break.docx)
from docx import Document
from docx.shared import Pt

doc = Document()
style = doc.styles["Normal"]
style.font.size = Pt(10.5)
doc.add_paragraph("2025年县级部门整体预算绩效目标表")
groups = [("产出指标", "数量指标", 6), ("产出指标", "质量指标", 4), ("效益指标", "社会效益指标", 12), ("满意度指标", "服务对象满意度指标", 2)]
n_ind = sum(g[2] for g in groups)
tasks = [(f"任务{k}:工作经费{k}", f"用于第{k}项工作的日常开支。", f"{10 + k}", f"完成第{k}项工作") for k in range(1, 9)]
t = doc.add_table(rows=3 + len(tasks) + 1 + n_ind, cols=7)
t.style = "Table Grid"
def put(r, c, text):
    t.cell(r, c).text = text
put(0, 0, "部门名称"); t.cell(0, 1).merge(t.cell(0, 6)); put(0, 1, "某县司法局")
put(1, 0, "总体绩效目标"); t.cell(1, 1).merge(t.cell(1, 6)); put(1, 1, "保障司法行政工作正常开展。")
put(2, 0, "年度重点工作任务")
for c, h in enumerate(["名称", "主要实施内容", "", "拟投入的资金(万元)", "期望达到的目标", ""], start=1):
    put(2, c, h)
for k, (name, content, amount, goal) in enumerate(tasks):
    r = 3 + k
    for c, v in enumerate([name, content, "", amount, goal, ""], start=1):
        put(r, c, v)
t.cell(2, 0).merge(t.cell(2 + len(tasks), 0))
head = 3 + len(tasks)
put(head, 0, "绩效指标")
for c, h in [(1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (5, "指标值")]:
    put(head, c, h)
t.cell(head, 3).merge(t.cell(head, 4)); t.cell(head, 5).merge(t.cell(head, 6))
r = head + 1
no = 1
for l1, l2, count in groups:
    top = r
    for k in range(count):
        t.cell(r, 3).merge(t.cell(r, 4)); t.cell(r, 5).merge(t.cell(r, 6))
        t.cell(r, 3).text = f"指标{no}:{l2[:2]}事项{k + 1}"
        t.cell(r, 5).text = f"≥{90 + k % 10}%"
        r += 1; no += 1
    a = t.cell(top, 2).merge(t.cell(r - 1, 2)); a.text = l2
    # 一级 merges across groups of the same level.
    t.cell(top, 1).text = l1
for start, end in [(head + 1, head + 10), (head + 11, head + 22), (head + 23, head + 24)]:
    m = t.cell(start, 1).merge(t.cell(end, 1))
    m.text = t.cell(start, 1).text.split("\n")[0]
t.cell(head, 0).merge(t.cell(r - 1, 0))
doc.save("test/fixtures/pdf/levels-across-page-break.docx")
