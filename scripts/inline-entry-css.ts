import type { Plugin, Rollup } from 'vite';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g;

/**
 * Writes the first paint's stylesheet into the built index.html as a `<style>` carrying the page's nonce, instead of
 * a link to it: the browser would otherwise wait for one more request before it paints the shell (a round trip
 * that costs most on a phone network). The file stays beside it for anything that asks for it. Lazy chunks keep
 * their own stylesheets, loaded with them.
 */
export function inlineEntryCss(nonce: string): Plugin {
  return {
    name: 'inline-entry-css',
    apply: (userConfig, env) => env.command === 'build' && !env.isSsrBuild && !userConfig.build?.lib,
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (link, href: string) => {
          const asset = Object.values(bundle).find(
            (item): item is Rollup.OutputAsset => item.type === 'asset' && href.endsWith(`/${item.fileName}`),
          );
          if (!asset) return link;
          const css =
            typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // A stylesheet cannot end the element early unless it holds this text, which ours never does.
          if (/<\/style/i.test(css)) return link;
          return `<style nonce="${nonce}">${css}</style>`;
        });
      },
    },
  };
}
