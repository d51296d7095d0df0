/** The .docx writer library, loaded on first use (see ../lazy.ts). */
import { lazy } from '../lazy';

export const loadDocx = lazy(() => import('docx'));

export const DOCX_LOAD_FAILED_MESSAGE = '无法加载文档组件，请刷新页面后重试';
