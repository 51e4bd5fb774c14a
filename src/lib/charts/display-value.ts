import { formatDecimal, formatPercentInt, formatRate } from '../format';
import type { TableColumn, TableValue } from './chart-table';

/**
 * A table value as the "Data" table prints it, following the column's d3-format string for the
 * few formats charts use (".1%", ".0%", ".Nf", "d", with or without ","), through the site's
 * exact half-even formatting so the table agrees with the prose. Other formats and plain
 * numbers print as they are.
 */
export function displayValue(value: TableValue, column: Pick<TableColumn, 'format'>): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const f = column.format?.replace(/^,/, '');
  if (f === '.1%') return formatRate(value);
  if (f === '.0%' || f === '%') return formatPercentInt(value);
  const fixed = f === undefined ? null : /^\.(\d+)f$/.exec(f);
  if (fixed) return formatDecimal(value, Number(fixed[1]));
  if (f === 'd') return formatDecimal(value, 0);
  return String(value);
}
