// Every tolerance the PDF table readers use, in one place, named, with its default and what it means (as
// pdfplumber's TableSettings and Camelot's stream parameters). Lengths in "h" are multiples of the body text
// height (the median run height of the page, i.e. the font size); lengths in pt are PDF points.

/** Reading a page into lines and phrases. */
export const TEXT = {
  /** Two runs whose vertical middles differ by at most this many run heights are on one visual line. */
  sameLine: 0.5,
  /** A gap narrower than this many h joins two runs of a line into one phrase (words of one cell line). */
  phraseGap: 0.5,
  /** A gap below this many h is no gap at all: the runs touch (digits inside running text). */
  touching: 0.15,
  /** A run taller than this many body heights is a title, never a table line. */
  titleSize: 1.2,
  /** Two lines of one cell paragraph are at most this many of the lower line's heights apart, top to top. */
  paragraphPitch: 1.5,
} as const;

/** Ruled tables (ruled-table.ts, lines.ts). */
export const RULED = {
  /** pt: two coordinates closer than this are the same border (a line drawn twice, a half-point offset). */
  snap: 2,
  /** pt: how far beside a table side columns of a merged cell continued from the previous page may reach. */
  maxSideColumns: 160,
  /**
   * pt: horizontal lines running on this far past a table's outermost vertical line to a common end make that end a
   * side border (ruled-table.ts impliedSides): further than a line's overshoot at a corner.
   */
  impliedSideMin: 8,
  /**
   * pt: an implied top or bottom border (ruled-table.ts impliedEnds) stands at least this far inside the page: lines
   * running to the page's very edge were cut by the scanner or the crop, and so was the row beyond the last rule.
   */
  impliedEndMargin: 12,
} as const;

/** Tables without rulings (unruled-*.ts). */
export const UNRULED = {
  /**
   * Columns are found from the lines that hold at least this many phrases (or, when no line holds that many,
   * from the lines holding the most), as Camelot's stream finds them from the rows with the modal column count:
   * captions, spanning paragraphs and wrapped continuations hold fewer and would hide the gaps.
   */
  columnLinePhrases: 3,
  /**
   * h: a vertical strip free of text at least this wide, across those lines, separates two columns (Calc sets a
   * right-aligned amount 1 pt from the next cell's text; a gutter that text on its right always joins as one
   * phrase with text on its left is dropped again, see touchShare).
   */
  minGutter: 0.06,
  /** h: text of other lines this far clear of the chosen lines' text (inside a gutter, or beyond them) is a column. */
  clearance: 0.2,
  /** A column whose text, on at least this share of its lines, touches text of the column left of it is not one. */
  touchShare: 0.9,
  /** A region is a table only with at least this many lines holding text in two or more columns. */
  minMultiLines: 2,
  /** h: header lines closer than this (bottom to top) to a header line are part of the same header row. */
  headerJoin: 0.3,
  /** h: a wrapped line is "full" when its right end is within this of the column's rightmost text. */
  fullSlack: 2.5,
  /** h: an OCR'd continuation line may be this much further below the previous line than the usual wrap pitch. */
  pitchSlack: 0.12,
  /** h: in a text layer, a continuation line may be only this much further below (lines are placed exactly). */
  textPitchSlack: 0.1,
  /** h: OCR wrap pitches within this of each other are one pitch when the usual wrap pitch is estimated. */
  pitchCluster: 0.15,
  /** h: a text layer's wrap pitches within this of each other are one pitch (rounding of line positions). */
  pitchRound: 0.03,
  /**
   * A text layer's wrap pitch is the smallest pitch at least this share of the page's measured pitches share
   * (within pitchRound): Calc prints a cell taller than its row over the rows beside it, so lines of two cells may come
   * closer than wrapped lines once or twice on a page.
   */
  wrapPitchShare: 0.2,
  /** h: lines whose ends are this close fill one box alike: no evidence of a wrap when the wrap pitch is measured. */
  sameBox: 0.1,
  /** h: a pitch below this is no wrap (two runs of one line); above maxWrapPitch it is never one. */
  minWrapPitch: 0.8,
  maxWrapPitch: 2,
  /** h: the wrap pitch assumed when a page has no wrapped cell to measure it on (font leading of CJK fonts). */
  defaultWrapPitch: 1.2,
  /** pt: a line is level with a row's line when their tops differ by at most this (same baseline, same font). */
  aligned: 0.5,
  /**
   * h: paragraphs overlapping by less than this are not in the same row (box rounding; Calc sets the lines of a
   * sheet row closer than the font's box, so the boxes of lines of adjacent rows overlap by up to 0.05 h).
   */
  overlap: 0.1,
  /** pt: how far a run may stick out of its column and still be read as inside it. */
  columnSlack: 1.5,
  /** A run crossing a column is cut only at a place where at least this many runs of the page start. */
  splitMinStarts: 3,
  /** …or this many, where the space cut at stands between two Han characters (Chinese text sets no spaces). */
  splitMinStartsHan: 2,
  /** h: how far from such a place the estimated position of the word after a space may be. */
  splitSnap: 0.8,
  /**
   * pt: what leaving a piece of a row (lines between two marked rows) as a row of its own costs when pieces are
   * given to the marked rows (unruled-anchors.ts): a tie-breaker, far below any misalignment, so that of two
   * equally aligned readings the one joining more is taken.
   */
  anchorLoosePiece: 0.1,
  /** How many lines at the top of a page may be a row repeated from an earlier page (a thead) and be dropped. */
  repeatedTopLines: 2,
  /** A page's first or last line is a page header or footer when it recurs on at least this share of the pages. */
  furnitureShare: 0.6,
} as const;

/** Merged 一级/二级 labels of unruled tables (level-spans.ts, level-chain.ts). */
export const LEVELS = {
  /**
   * pt: a label's and a row's text tops (or bottoms) this close are aligned: both come from the same font's box, but
   * Writer may set a merged cell's paragraph a point off the row's (1.1 pt in a python-docx table); labels centred
   * between rows stand half a line or more away.
   */
  aligned: 1.5,
  /**
   * A column segment with more labels than this that could open a group cut by a page break is not read for cut
   * groups: every subset of them is tried (2^n readings), and so many page breaks within one 一级 group do not occur.
   */
  maxCutLabels: 10,
} as const;

/** Scanned pages read by OCR (ocr/). */
export const OCR = {
  /** Uneven light (even-light.ts): the page is cut into this many tiles across to find its paper's tone… */
  lightTiles: 40,
  /** …the tone of a tile's lightest pixels (this share of them, from the light end) is its paper… */
  paperShare: 0.1,
  /** …and a page whose paper is at least this light (0–255) in every tile is left untouched. */
  evenPaper: 200,
  /**
   * Skew: row-profile peaks scoring at least this share of the best are near ties, told apart by the column profile.
   * At the true skew and at an aliasing one (columns' lines a pitch apart) the row scores differ by 1–2 %.
   */
  skewAliasShare: 0.9,
  /**
   * Borderless rows: blanks whose split paragraph links weigh within this of each other (sum of link strengths, 1 a
   * step exactly at the column's pitch) are equally good row edges, and the widest of them is taken.
   */
  rowLinkTie: 0.1,
  /** A form's opening key/value block (部门名称 …) is read as a table of its own only with this many rows or more. */
  blockRows: 3,
  /** A line of that block with a piece wider than this share of the block runs across its columns (the goal). */
  blockSpanShare: 0.5,
  /** A column of that block holds text on at least this many of its lines that keep to their columns. */
  blockColumnLines: 2,
  /**
   * Share of the fullest column's lines a column must hold text on to start a header-anchored table's rows, where the
   * first column is too sparse to (merged level labels): word-grid.ts rowStartColumn.
   */
  rowStartFill: 0.8,
  /** A scan's ruling pixels are this much darker (0–255) than its paper's median tone (ocr/index.ts lineThreshold)… */
  lineContrast: 40,
  /** …and never need to be lighter than this: noise and faint shading stay below it. */
  lineDarkMax: 200,
  /** The paper-tone reading is taken where it finds this many times the horizontal rulings ink's darkness does. */
  faintLinesGain: 2,
  /**
   * Share of the length of a page's rulings found at its own tone that a reading of its thin rules summed across two
   * pixel rows must hold to replace it (rulings-from-raster.ts pageRulings): 1 refused a whole faint grid for a seal.
   */
  spreadHeldShare: 0.8,
  /**
   * How far a colour scan's red channel must lead its green and blue for the pixel to be red ink (a seal), which is
   * lightened to paper (ocr/seal-ink.ts): from the first lead in part, from the second whole. Black and grey print
   * lead by nothing; a JPEG's colour noise by less than the first.
   */
  sealRedLead: [30, 70] as [number, number],
  /**
   * A scan's ruling this close to the raster's edge (share of its width or height) that no other ruling ends on is
   * the paper's edge (ocr/rulings-from-raster.ts withoutPaperEdges).
   */
  paperEdgeMargin: 0.03,
  /** …ends on it: comes this close (share of the raster's longer side), a rule's end found a little short. */
  paperEdgeReach: 0.01,
  /** A ruling goes on across a gap where its band is this much darker (0–255, mean over a piece of the gap) than the
   *  paper beside it (rulings-from-raster.ts bridge): a line printed thin over one column. */
  faintLineDip: 20,
  /** …judged piece by piece, each this many pixels long, so one letter crossing the gap does not make a line. */
  faintLineStep: 12,
  /** Blots of ink of at most this many pixels (at 200 dpi; scaled by area) are specks of dust or noise, not text: a
   *  cell is cut to its text without them, and a cell holding only them is empty (ocr/regions.ts textBox). A period
   *  is larger, and lies inside its number's box anyway. */
  speckPixels: 12,
  /** …unless at least this many lie in a line with nothing larger (a placeholder's .....). */
  dotsInLine: 3,
  /** A ruled cell's text lines are parted by at least this many blank pixel rows (ocr/regions.ts textLines)… */
  lineGapRows: 2,
  /** …and a band lower than this share of the cell's tallest line is no line of its own (a speck, a stray dot). */
  lineMinShare: 0.4,
  /** Lines of a cell closer than this share of a line's height are set this far apart before tesseract reads it. */
  lineSpread: 0.5,
  /** A row's step is at least this × a wrapped cell's line pitch in its start column (word-rows.ts). */
  rowStepRatio: 1.25,
  /** A step within this × the smallest step of the start column is a wrap's (OCR boxes jitter a little). */
  wrapStepSlack: 1.1,
  /** h: the block's frame and the table's below it stay this far apart (closer, the grid builder joins them). */
  blockSeparation: 0.3,
  /**
   * h: a line of that block whose ink leaves less than this blank round a column edge runs across it (the edge fell
   * between two characters of one text: 城乡 | 建设局); a gutter leaves two cell paddings or more.
   */
  blockJoinGap: 0.3,
  /** A gutter between word-built columns is wider than this × the median gap between one text's characters … */
  glyphGapShare: 1.5,
  /** … measured when a page's lines give at least this many gaps between single characters. */
  glyphGapSamples: 5,
  /**
   * A gutter of that block may be crossed by this many of the lines that keep to their columns, where
   * blockColumnLines lines start their text right after it: a cell spanning two columns (部门名称's value over the
   * sub-labels and their values, Writer's gutters a few pixels wide), which the join rule above spans again.
   */
  blockGutterCrossings: 1,
  /**
   * h: a group label's line and a row's text line whose middles are this close are level (one baseline). Word boxes
   * of one line jitter by a few pixels (glyph heights, JPEG); two lines of one cell stand a full line height apart.
   */
  levelAligned: 0.3,
} as const;
