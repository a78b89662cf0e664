const config = {
  "clientVersion": "6.19.0",
  "engineVersion": "c2990dca591cba766e3b7ef5d9e8a84796e47ab7"
};
exports.config = config;
