// Files the reviewer drops or picks. A folder stands for the .xlsx workbooks in it and its
// subfolders (Excel's ~$ lock files left out), as `pledge-check check 폴더 --recursive` reads it;
// a file named on its own is always taken, and the checker explains what is wrong with it.
export interface Picked {
  /** The path shown in the table: the folder's relative path when the file came from one. */
  name: string;
  file: File;
}

export function inFolder(name: string): boolean {
  const base = name.split("/").pop() ?? name;
  return /\.xlsx$/i.test(base) && !base.startsWith("~$");
}

/** From `<input type=file multiple>` or the folder picker (webkitdirectory). */
export function pickedFiles(list: FileList | null): Picked[] {
  const picked = [...(list ?? [])].flatMap((file) => {
    const path = file.webkitRelativePath;
    if (!path) return [{ name: file.name, file }];
    return inFolder(path) ? [{ name: path, file }] : [];
  });
  return picked.some((p) => p.file.webkitRelativePath) ? folderOrder(picked) : picked;
}

/** A folder's files in the command line's order (src/cli/inputs.ts), so sums add up alike. */
function folderOrder(picked: Picked[]): Picked[] {
  return [...picked].sort((a, b) => a.name.localeCompare(b.name, "ko", { numeric: true }));
}

/** From a drop: files as they are, folders walked through the entries API. */
export async function droppedFiles(data: DataTransfer): Promise<Picked[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((entry) => entry === null)) return pickedFiles(data.files);
  const picked: Picked[] = [];
  for (const entry of entries) if (entry) await walk(entry, picked, false);
  return entries.some((entry) => entry?.isDirectory) ? folderOrder(picked) : picked;
}

async function walk(entry: FileSystemEntry, into: Picked[], fromFolder: boolean): Promise<void> {
  if (entry.isFile) {
    const name = entry.fullPath.replace(/^\//, "");
    if (fromFolder && !inFolder(name)) return;
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ name, file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in pieces (100 at a time in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, into, true);
  }
}

/** Saves bytes the worker made under `name`, through a blob: link (nothing leaves the PC). */
export function saveBytes(name: string, mime: string, bytes: ArrayBuffer): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
