export const compile = (src: string) => new Function('x', src);
