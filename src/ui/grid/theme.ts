/** AG Grid's Quartz theme, sized for a 1366×768 office PC and CJK text. */
import { themeQuartz } from 'ag-grid-community';

export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif';

export const gridTheme = themeQuartz.withParams({
  fontFamily: CJK_FONT_STACK,
  fontSize: 13,
  headerFontSize: 13,
  spacing: 5,
  headerBackgroundColor: '#eef2f7',
  rowHoverColor: '#f5f8ff',
  selectedRowBackgroundColor: '#e6efff',
  cellHorizontalPadding: 8,
});
