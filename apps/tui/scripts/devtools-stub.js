// Ink imports react-devtools-core only when DEV=true. The bundle never ships the devtools, so this
// stand-in keeps that import resolvable without pulling a websocket client into a cold start.
export default {
  initialize() {},
  connectToDevTools() {},
};
