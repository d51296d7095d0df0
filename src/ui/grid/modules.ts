/**
 * AG Grid Community modules, registered one by one: only what the grid uses ships.
 * A missing module is only a console error at run time (and an API call then returns
 * undefined), so ValidationModule is registered in development and browser tests fail on
 * any console error.
 */
import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  EventApiModule,
  ExternalFilterModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

let registered = false;

export function registerGridModules(dev: boolean): void {
  if (registered) return;
  registered = true;
  const modules: Module[] = [
    ClientSideRowModelModule,
    CellApiModule,
    ClientSideRowModelApiModule,
    TextEditorModule,
    CustomEditorModule,
    ExternalFilterModule,
    CellStyleModule,
    RowStyleModule,
    TooltipModule,
    LocaleModule,
    RowApiModule,
    RenderApiModule,
    ScrollApiModule,
    ColumnApiModule,
    ColumnAutoSizeModule,
    EventApiModule,
  ];
  if (dev) modules.push(ValidationModule);
  ModuleRegistry.registerModules(modules);
}
