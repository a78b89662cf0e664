const net = require('net');

export const config = { runtime: 'edge' };

export default function handler() {
  return new Response(String(typeof net.connect));
}
