// Tooltips for the server-drawn charts: every bar carries its text in data-tip. Public pages are
// plain HTML; a hydrated page (an editor's preview) has recharts' own tooltip instead.
;(() => {
  let tip = null

  const hide = () => {
    if (tip) tip.hidden = true
  }

  const show = (bar, x, y) => {
    if (!tip) {
      tip = document.createElement('div')
      tip.className = 'chart-tip'
      tip.setAttribute('role', 'tooltip')
      document.body.append(tip)
    }
    tip.textContent = bar.getAttribute('data-tip')
    tip.hidden = false
    const room = document.documentElement.clientWidth - tip.offsetWidth - 8
    tip.style.left = `${Math.max(8, Math.min(x + 12, room))}px`
    tip.style.top = `${y + 16}px`
  }

  const onPointer = (event) => {
    if (self.__next_f) return
    const bar = event.target instanceof Element ? event.target.closest('.chart__canvas [data-tip]') : null
    if (bar) show(bar, event.clientX, event.clientY)
    else hide()
  }

  document.addEventListener('pointerover', onPointer)
  document.addEventListener('pointermove', onPointer)
  document.addEventListener('scroll', hide, { passive: true })
  document.addEventListener('keydown', (event) => event.key === 'Escape' && hide())
})()
