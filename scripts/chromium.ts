// Debian's Chromium, never a downloaded browser, for the browser tests and the benchmark alike.
// The flags keep it off the network and make it run headless in a container. The omnibox features: headless
// Chromium still builds the address bar's suggestion popup, a web page of its own in a renderer of its own, for every
// new window, which is every test's and every benchmark run's fresh context. That renderer took a whole core of the
// two here for 30–140 ms during the very page load being measured (the shell's first layout, about 5 ms of work,
// took 40–100 ms), so every figure measured the browser's own popup as well as the page.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
