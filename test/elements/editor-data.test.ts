import { expect } from '@open-wc/testing';

/**
 * The editor data shipped with @support-kit/elements (written by `npm run analyze`, from the
 * manifest): every element and every attribute of custom-elements.json is offered for
 * completion in VS Code's HTML custom data and in JetBrains' web-types.
 */
interface Named {
  name: string;
}
interface Declaration extends Named {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`../../packages/elements/${path}`, import.meta.url));
  expect(response.ok, `${path} is served`).to.equal(true);
  return (await response.json()) as T;
}

describe('editor data', () => {
  it('lists every element and attribute of the manifest', async () => {
    const manifest = await json<{ modules: { declarations?: Declaration[] }[] }>(
      'custom-elements.json',
    );
    const vscode = await json<{ tags: (Named & { attributes: Named[] })[] }>(
      'vscode.html-custom-data.json',
    );
    const webTypes = await json<{
      contributions: { html: { elements: (Named & { attributes: Named[] })[] } };
    }>('web-types.json');
    const expected = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((element) => [
          element.tagName,
          (element.attributes ?? []).map((attribute) => attribute.name).sort(),
        ]),
    );
    expect(Object.keys(expected)).to.include.members([
      'support-amounts',
      'support-appeal',
      'support-article-count',
      'support-privacy',
      'support-remind-later',
    ]);
    expect(expected['support-appeal']).to.include.members(['amounts', 'variant', 'checkout-url']);
    const listed = (tags: (Named & { attributes: Named[] })[]) =>
      Object.fromEntries(
        tags.map((tag) => [tag.name, tag.attributes.map((attribute) => attribute.name).sort()]),
      );
    expect(listed(vscode.tags)).to.deep.equal(expected);
    expect(listed(webTypes.contributions.html.elements)).to.deep.equal(expected);
  });

  it('is referenced from the package', async () => {
    const pkg = await json<{ 'web-types'?: string; files: string[] }>('package.json');
    expect(pkg['web-types']).to.equal('./web-types.json');
    expect(pkg.files).to.include.members(['vscode.html-custom-data.json', 'web-types.json']);
  });
});
