import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';

// Only the pieces used here are registered, so the chunk stays small. Loaded by ChartCanvas after the
// page (numbers, legends, tables) is on screen: the chart's box is already laid out, so nothing moves.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);
Chart.defaults.font.family = "'IBM Plex Sans', Arial, sans-serif";
Chart.defaults.color = '#1a1a1a';

export { Chart };
