/** Puts text on the clipboard; where the Clipboard API is refused (permissions, insecure origin), copies from a selected field. */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.value = text;
    fallback.select();
    return document.execCommand('copy');
  }
}
