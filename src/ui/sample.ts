/**
 * The built-in sample: 2021年湖里区民政工作要点 (public/sample-plan.txt, a public official
 * document — 著作权法第五条). Bundled as text so it also works from file://, where fetch cannot
 * read a sibling file; loaded lazily so it does not weigh on the main chunk.
 */
export async function loadSampleText(): Promise<string> {
  const module = await import('../../public/sample-plan.txt?raw');
  return module.default;
}
