// Vite puts an imported stylesheet into the built CSS file; the import itself has no value.
declare module '*.css' {}
