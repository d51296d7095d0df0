/** Chart data for the 图表 view and the 统计 sheet: pure, no chart library. */
export * from './types';
export * from './format';
export * from './summary';
export * from './section-charts';
export * from './distribution-charts';
export * from './indicator-chart';
export * from './unit-charts';
export * from './chart-set';
