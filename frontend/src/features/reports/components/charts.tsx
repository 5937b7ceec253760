import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// Colours of the house palette (styles.css), repeated here because SVG attributes do not read CSS variables.
const BRAND = '#0b4f6c';
const TARGET = '#9aa5b1';
const SERIES = ['#0b4f6c', '#c2571a', '#1e6b34', '#7b3fa0', '#b3261e', '#52606d'];

export interface TargetBar {
  name: string;
  target: number;
  actual: number | null;
}

/**
 * Targets against actuals as horizontal bars, one pair per target. Drawn for sighted users next
 * to a table with the same numbers; the figure itself is labelled, not read cell by cell.
 */
export function TargetChart({ bars, unit }: { bars: TargetBar[]; unit: string }) {
  const { t } = useTranslation();
  const height = Math.max(160, bars.length * 56 + 60);
  return (
    <figure className="chart" aria-label={t('plans.chartLabel')}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit={unit} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="target" name={t('plans.target')} fill={TARGET} isAnimationActive={false} />
          <Bar dataKey="actual" name={t('plans.actual')} fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** An indicator's value month by month, with its target as a line across. */
export function TrendChart({ points, target, unit }: { points: { month: string; value: number | null }[]; target: number; unit: string }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" aria-label={t('plans.trendLabel')}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis unit={unit} />
          <Tooltip />
          <ReferenceLine y={target} stroke={TARGET} strokeDasharray="6 3" label={t('plans.target')} />
          <Line type="monotone" dataKey="value" name={t('plans.actual')} stroke={BRAND} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** A report's cells as bars: one bar per value of the first dimension, one series per value of the second. */
export function CellChart({ rows, series }: { rows: Record<string, string | number | null>[]; series: string[] }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" aria-label={t('reports.chartLabel')}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Bar key={s} dataKey={s} stackId="cells" fill={SERIES[i % SERIES.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
