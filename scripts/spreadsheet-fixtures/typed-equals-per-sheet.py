# Writes test/fixtures/multi/typed-equals-per-sheet.xlsx: two 项目支出绩效目标表, one a sheet. Sheet 2's target `=90元`
# was typed after an equals sign and stored by a program as a formula it never computed (openpyxl stores any text
# starting with = so): it reads as typed, and only sheet 2's record lists it. Names and figures are invented.
#   python3 scripts/spreadsheet-fixtures/typed-equals-per-sheet.py
import openpyxl

wb = openpyxl.Workbook()
for n, (name, fiscal, other, target) in enumerate([("乡村道路养护", 120, 30, "≥50公里"), ("残疾人生活补贴", 80, 0, "=90元")]):
    ws = wb.active if n == 0 else wb.create_sheet()
    ws.title = f"项目{n + 1}"
    rows = [
        ["项目支出绩效目标表"],
        ["项目名称", name],
        ["主管部门", "某县民政局"],
        ["实施单位", "某县民政局"],
        ["项目资金(万元)", "年度资金总额", fiscal + other],
        [None, "其中:财政拨款", fiscal],
        [None, "其他资金", other],
        ["年度目标", f"完成{name}年度任务"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "受益对象", target],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]
    for r in rows:
        ws.append(r)
wb.save("test/fixtures/multi/typed-equals-per-sheet.xlsx")
