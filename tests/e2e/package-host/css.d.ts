// What a host that does not use Vite adds so `import '…/style.css'` type-checks.
declare module '*.css';
