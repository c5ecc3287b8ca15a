// Draws each chart from the data table beside it, so the page needs no data of its own in script
// and reads the same without JavaScript. Values come from data-value attributes (plain numbers).
(function () {
  if (typeof echarts === 'undefined') { return; }
  document.querySelectorAll('.haul-chart').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    if (!table) { return; }
    var labels = [];
    var series = [];
    table.querySelectorAll('thead th').forEach(function (th, i) {
      if (i > 0) { series.push({ name: th.textContent.trim(), data: [] }); }
    });
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      labels.push(tr.querySelector('th').textContent.trim());
      tr.querySelectorAll('td').forEach(function (td, i) {
        var raw = td.getAttribute('data-value');
        series[i].data.push(raw === '' || raw === null ? null : Number(raw));
      });
    });
    var kind = box.getAttribute('data-chart') === 'line' ? 'line' : 'bar';
    var rotate = labels.length > 4 ? 30 : 0;
    // Axis titles (with units) sit outside the grid, which containLabel does not count: room for them.
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: ['#1d70b8', '#f47738'],
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 20, top: 20, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: rotate },
        name: box.getAttribute('data-x-title'), nameLocation: 'middle', nameGap: rotate ? 110 : 30,
        nameTextStyle: { fontSize: 14, color: '#0b0c0c' } },
      yAxis: { type: 'value', name: box.getAttribute('data-y-title'), nameLocation: 'middle', nameGap: 60,
        nameTextStyle: { fontSize: 14, color: '#0b0c0c' } },
      series: [{ name: series[0].name, type: kind, data: series[0].data }]
    });
  });
})();
