/** antd's App, as a module of its own so components/Later.tsx can load it on demand (and the server can name its chunk). */
export { default } from 'antd/es/app';
