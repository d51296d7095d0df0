/** Full-width band for a section or group heading; text only (plan text is never HTML). */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { GridRow } from './rows';

export class BandRenderer implements ICellRendererComp<GridRow> {
  private el!: HTMLDivElement;

  init(params: ICellRendererParams<GridRow>): void {
    this.el = document.createElement('div');
    const row = params.data;
    this.el.className = row?.kind === 'band' && row.level === 'group' ? 'band band-group' : 'band band-section';
    this.el.textContent = row?.kind === 'band' ? row.title : '';
    this.el.setAttribute('role', 'heading');
  }

  getGui(): HTMLElement {
    return this.el;
  }

  refresh(): boolean {
    return false;
  }
}
