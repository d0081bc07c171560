export default defineBackground(() => {
  console.log('leadway background');
});
