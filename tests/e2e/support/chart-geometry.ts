/**
 * Runs in the page (page.evaluate / frame.evaluate): for every chart figure, what a reader would see
 * go wrong. Self-contained, since Playwright sends its source to the browser.
 */
export function chartProblems(minFontPx: number): { charts: number; texts: string[]; problems: string[] } {
  const problems: string[] = []
  const texts: string[] = []
  const slack = 0.5
  const inside = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - slack &&
    inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack &&
    inner.bottom <= outer.bottom + slack
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
  const root = document.documentElement
  if (root.scrollWidth > root.clientWidth)
    problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth} px`)
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')]
  figures.forEach((figure, index) => {
    const name = `chart ${index + 1} (${figure.dataset.chartKind})`
    const canvas = figure.querySelector<HTMLElement>('.chart__canvas')
    if (!canvas) return problems.push(`${name}: no canvas`)
    const shown = [...canvas.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].filter(
      (svg) => svg.getBoundingClientRect().width > 0,
    )
    if (shown.length !== 1) return problems.push(`${name}: ${shown.length} drawings shown, expected 1`)
    const svg = shown[0]
    const box = svg.getBoundingClientRect()
    const column = figure.parentElement!.getBoundingClientRect()
    if (!inside(figure.getBoundingClientRect(), column)) problems.push(`${name}: the figure overflows its column`)
    if (!inside(box, canvas.getBoundingClientRect()))
      problems.push(`${name}: the drawing (${Math.round(box.width)} px) overflows its frame`)
    if (canvas.scrollWidth > canvas.clientWidth) problems.push(`${name}: the frame scrolls sideways`)
    const scale = box.width / svg.viewBox.baseVal.width
    const labels = [...svg.querySelectorAll<SVGTextElement>('text')].filter((text) => text.textContent?.trim())
    const boxes = labels.map((text) => text.getBoundingClientRect())
    labels.forEach((text, i) => {
      const content = text.textContent!.trim()
      texts.push(content)
      if (!inside(boxes[i], box)) problems.push(`${name}: "${content}" is cut by the chart's edge`)
      const px = parseFloat(getComputedStyle(text).fontSize) * scale
      if (px < minFontPx) problems.push(`${name}: "${content}" is drawn at ${px.toFixed(1)} px`)
      for (let j = i + 1; j < labels.length; j++) {
        if (overlap(boxes[i], boxes[j])) problems.push(`${name}: "${content}" overlaps "${labels[j].textContent}"`)
      }
    })
  })
  return { charts: figures.length, texts, problems }
}
