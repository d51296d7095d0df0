/** Ask the user for files with the browser's own picker; resolves with none when cancelled. */
export function pickFiles(doc: Document, accept: string, multiple = false): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    doc.body.append(input);
    input.click();
  });
}

/** Files over this size are refused before reading, with a message. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
