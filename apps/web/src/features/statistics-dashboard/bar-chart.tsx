import { Button } from '@kakehashi/web-ui';
import { useId, useState, type ReactNode } from 'react';
import { dashboardMessages as text } from './messages';

/** How a series is drawn: besides its colour, each has its own fill pattern, so colour is never the only cue. */
export type SeriesLook = 'solid' | 'hatch' | 'dots' | 'outline';

export interface ChartSeries {
  name: string;
  look: SeriesLook;
  values: (number | null)[];
}

export interface ChartCategory {
  label: string;
  /** A short mark under the label (速 for a preliminary month). */
  mark?: string;
  /** Shown instead of bars when the category has no figures (未到来, 公表なし…). */
  gap?: string;
}

const COLOURS: Record<SeriesLook, string> = {
  solid: '#0031d8',
  hatch: '#197a4b',
  dots: '#a65500',
  outline: '#333333',
};

function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <rect width="3" height="6" fill={COLOURS.hatch} />
      </pattern>
      <pattern id={`${prefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#ffffff" />
        <circle cx="2.5" cy="2.5" r="1.6" fill={COLOURS.dots} />
      </pattern>
    </defs>
  );
}

function fillOf(look: SeriesLook, prefix: string): string {
  if (look === 'solid') return COLOURS.solid;
  if (look === 'outline') return '#ffffff';
  return `url(#${prefix}-${look})`;
}

function Swatch({ look, prefix }: { look: SeriesLook; prefix: string }) {
  return (
    <svg width="20" height="14" aria-hidden="true" className="shrink-0">
      <PatternDefs prefix={`${prefix}-swatch`} />
      <rect
        x="1"
        y="1"
        width="18"
        height="12"
        fill={fillOf(look, `${prefix}-swatch`)}
        stroke={COLOURS[look]}
        strokeWidth="1.5"
      />
    </svg>
  );
}

/**
 * A grouped bar chart as an SVG image with its description in words, a legend, marks for preliminary or missing
 * figures, and a 「表で表示」 button that shows the same figures as a table (always shown when printed).
 */
export function BarChart({
  title,
  description,
  categories,
  series,
  table,
  printTable = true,
}: {
  title: string;
  description: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** The same figures as a table (given the chart's title, to label it). */
  table: (chartTitle: string) => ReactNode;
  /** Whether the printed page shows the table (off for a second chart of the same table). */
  printTable?: boolean;
}) {
  // An id usable inside url(#…) references: React's ids carry characters a CSS/SVG reference would need escaped.
  const id = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [tableShown, setTableShown] = useState(false);
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const width = 720;
  const height = 240;
  const top = 12;
  const bottom = 44;
  const left = 8;
  const band = (width - left) / Math.max(1, categories.length);
  const barWidth = Math.max(2, (band * 0.8) / Math.max(1, series.length));
  const plot = height - top - bottom;
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-6 break-inside-avoid">
      <figcaption>
        <h3 id={`${id}-title`} className="text-lg font-bold">
          {title}
        </h3>
        <p className="mb-2 text-sm [word-break:auto-phrase]">{description}</p>
      </figcaption>
      <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`${title}の凡例`}>
        {series.map((s, index) => (
          <li key={s.name} className="flex items-center gap-1">
            <Swatch look={s.look} prefix={`${id}-${index}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}（グラフ。数値は「${text.showTable}」で表として読めます）`}
        className="h-auto w-full max-w-full"
      >
        <PatternDefs prefix={id} />
        <line x1={left} x2={width} y1={top + plot} y2={top + plot} stroke="#333333" />
        {categories.map((category, ci) => {
          const x0 = left + ci * band + band * 0.1;
          return (
            <g key={category.label}>
              {category.gap ? (
                <text x={x0 + band * 0.4} y={top + plot - 6} textAnchor="middle" fontSize="11" fill="#333333">
                  {text.noValue}
                </text>
              ) : (
                series.map((s, si) => {
                  const value = s.values[ci];
                  if (value === null || value === undefined) return null;
                  const h = (Math.max(0, value) / max) * plot;
                  return (
                    <rect
                      key={s.name}
                      x={x0 + si * barWidth}
                      y={top + plot - h}
                      width={barWidth - 1}
                      height={h}
                      fill={fillOf(s.look, id)}
                      stroke={COLOURS[s.look]}
                      strokeWidth="1"
                    />
                  );
                })
              )}
              <text x={x0 + band * 0.4} y={top + plot + 16} textAnchor="middle" fontSize="12" fill="#1a1a1a">
                {category.label}
              </text>
              {category.mark || category.gap ? (
                <text
                  x={x0 + band * 0.4}
                  y={top + plot + 32}
                  textAnchor="middle"
                  fontSize="11"
                  fill="#1a1a1a"
                >
                  {category.gap ?? category.mark}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <div className="mt-2 print:hidden">
        <Button
          variant="secondary"
          aria-expanded={tableShown}
          aria-controls={`${id}-table`}
          onPress={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? text.hideTable : text.showTable}
        </Button>
      </div>
      <div id={`${id}-table`} className={tableShown ? 'mt-3' : printTable ? 'hidden print:block' : 'hidden'}>
        {table(title)}
      </div>
    </figure>
  );
}

/** One sentence naming the largest value, for a chart's description. */
export function largestSentence(
  categories: string[],
  values: (number | null)[],
  format: (n: number) => string,
) {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && v > 0 && (best < 0 || v > (values[best] ?? 0))) best = i;
  });
  return best < 0
    ? text.chartSummary.nothing
    : text.chartSummary.largest(categories[best], format(values[best] ?? 0));
}
