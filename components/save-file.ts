/** Hands a text to the browser as a file download: a Blob and a link, no `downloads` permission, no network. */
export function saveFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // Revoked a little later: some browsers read the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
