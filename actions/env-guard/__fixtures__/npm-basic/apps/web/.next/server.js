module.exports = process.env.BUILT_OUTPUT_ONLY;
