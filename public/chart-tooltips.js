// Tooltips for the server-drawn charts: every bar carries its text in data-tip. The same script
// serves the plain-HTML public pages and the hydrated ones (an editor's preview): recharts' own
// tooltip is not used, as its hidden box, laid out for the drawing's unscaled size, overflowed a phone.
;(() => {
  let tip = null
  let current = null
  let pointer = null

  const hide = () => {
    current = null
    if (tip) tip.hidden = true
  }

  const show = (bar, x, y) => {
    if (!tip) {
      tip = document.createElement('div')
      tip.className = 'chart-tip'
      tip.setAttribute('role', 'tooltip')
      document.body.append(tip)
    }
    current = bar
    tip.textContent = bar.getAttribute('data-tip')
    tip.hidden = false
    const room = document.documentElement.clientWidth - tip.offsetWidth - 8
    tip.style.left = `${Math.max(8, Math.min(x + 12, room))}px`
    tip.style.top = `${y + 16}px`
  }

  const onPointer = (event) => {
    pointer = { x: event.clientX, y: event.clientY }
    const bar = barAt(event.target)
    if (bar) show(bar, event.clientX, event.clientY)
    else hide()
  }

  const barAt = (target) => (target instanceof Element ? target.closest('.chart__canvas [data-tip]') : null)

  // A scroll moves the page under a still pointer: keep the tip only while that bar is still there
  // (the scroll that brings a bar into view may arrive just after the pointer reached it).
  const onScroll = () => {
    if (!current || !pointer) return hide()
    if (barAt(document.elementFromPoint(pointer.x, pointer.y)) !== current) hide()
  }

  document.addEventListener('pointerover', onPointer)
  document.addEventListener('pointermove', onPointer)
  document.addEventListener('scroll', onScroll, { passive: true })
  document.addEventListener('keydown', (event) => event.key === 'Escape' && hide())
})()
