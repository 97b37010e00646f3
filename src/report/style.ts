// The report's stylesheet, inlined so the file needs nothing else to look right offline.
export const CSS = `
:root { --error: #c62828; --warning: #ef8c00; --info: #5c8fc9; --hl: #fff59d; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #222; background: #f6f7f9; }
header.top { background: #263238; color: #fff; padding: 10px 20px; }
header.top h1 { font-size: 18px; margin: 0; }
main { padding: 0 20px 40px; }
.filters { position: sticky; top: 0; z-index: 2; background: #eceff1; padding: 8px 20px; display: flex; gap: 16px; flex-wrap: wrap; align-items: center; border-bottom: 1px solid #cfd8dc; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; }
.card { background: #fff; border: 1px solid #dde; border-radius: 6px; padding: 8px 14px; margin: 8px 0; }
.card.wide { width: 100%; }
.card h3 { margin: 4px 0 8px; font-size: 15px; }
section.doc { background: #fff; border: 1px solid #dde; border-radius: 6px; padding: 4px 16px 12px; margin: 20px 0; content-visibility: auto; contain-intrinsic-size: auto 4000px; }
section.doc h2 { font-size: 17px; }
.muted { color: #777; font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
th, td { border: 1px solid #e0e0e0; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f1f3f5; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.loc { white-space: nowrap; color: #555; font-size: 12px; }
td.long { max-width: 40em; }
details.block > summary { cursor: pointer; font-weight: 600; margin: 8px 0 4px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
dl.facts dt { color: #555; } dl.facts dd { margin: 0; }
tr.flagged.sev-error { background: #ffebee; } tr.flagged.sev-warning { background: #fff3e0; } tr.flagged.sev-info { background: #e8f0fa; }
td.cell-flag { outline: 2px solid var(--warning); outline-offset: -2px; font-weight: 600; }
tr.sev-error td.cell-flag { outline-color: var(--error); } tr.sev-info td.cell-flag { outline-color: var(--info); }
tr[id] { scroll-margin-top: 4em; }
tr.hl, tr:target { background: var(--hl) !important; box-shadow: inset 4px 0 0 #f9a825; }
ul.flags { list-style: none; padding: 0; margin: 4px 0 12px; }
li.flag { padding: 3px 6px; border-left: 4px solid #999; margin: 2px 0; background: #fafafa; }
li.flag.sev-error { border-color: var(--error); } li.flag.sev-warning { border-color: var(--warning); } li.flag.sev-info { border-color: var(--info); }
.sev { display: inline-block; min-width: 5.5em; font-weight: 600; text-transform: uppercase; font-size: 11px; }
li.sev-error .sev, label.sev-error { color: var(--error); } li.sev-warning .sev, label.sev-warning { color: var(--warning); } li.sev-info .sev, label.sev-info { color: var(--info); }
.ev { color: #444; font-size: 12px; } code.rule { color: #555; font-size: 12px; }
.status { border-radius: 3px; padding: 0 6px; font-size: 12px; background: #eee; }
.status-ok { background: #c8e6c9; } .status-flagged { background: #ffe0b2; } .status-error { background: #ffcdd2; }
.verdict-ok { color: #2e7d32; } .verdict-rounded { color: #1565c0; } .verdict-mismatch, .verdict-unparsable { color: var(--error); font-weight: 600; }
svg.chart text { font: 12px system-ui, sans-serif; fill: #333; }
.hidden { display: none !important; }
`;
