'use client'

import dynamic from 'next/dynamic'

// Each chart is its own lazily loaded chunk: recharts reaches the browser only when a page draws a
// chart. The server still renders the SVG into the HTML (ssr is on by default).
export const RankingBarChart = dynamic(() => import('./ranking-bar-chart').then((m) => m.RankingBarChart))
export const KeyMetricsChart = dynamic(() => import('./key-metrics-chart').then((m) => m.KeyMetricsChart))
export const RankMovementChart = dynamic(() => import('./rank-movement-chart').then((m) => m.RankMovementChart))
