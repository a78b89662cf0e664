export const SEVERITIES = ['error', 'warning', 'notice'];
