package org.tandem.measure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tandem.measure.Trajectory.Point;

/**
 * Draws a measure's chart on the server with XChart: SVG for pages, PNG for the e-mail and the PDF, so that
 * every format shows the same picture. Lines differ in dash and marker as well as colour, so that the chart reads
 * without colour; the figures are always given as a table beside it and as alternative text.
 */
public final class MeasureCharts {

    private static final Color VALUES = new Color(0x1D4F91);
    private static final Color TRAJECTORY = new Color(0x505A5F);
    private static final Color INTERIM = new Color(0x8A4B08);
    private static final Color ENGLAND = new Color(0x6A1B9A);
    private static final Color REGION = new Color(0x00695C);
    private static final Color NEIGHBOURS = new Color(0xAD1457);

    /** Drawn charts by what they show: a dashboard seen again, or by someone else, is not drawn again. */
    private static final int CACHED = 1_000;
    private static final Map<Key, byte[]> DRAWN = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
                    return size() > CACHED;
                }
            });

    private record Key(ChartData data, int width, int height, boolean svg) {
    }

    private MeasureCharts() {
    }

    public static byte[] svg(ChartData data, int width, int height) {
        return DRAWN.computeIfAbsent(new Key(data, width, height, true), key -> drawSvg(data, width, height));
    }

    public static byte[] png(ChartData data, int width, int height) {
        return DRAWN.computeIfAbsent(new Key(data, width, height, false), key -> drawPng(data, width, height));
    }

    private static byte[] drawSvg(ChartData data, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart(data, width, height, width < 400),
                    out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] drawPng(ChartData data, int width, int height) {
        try {
            return BitmapEncoder.getBitmapBytes(chart(data, width, height, width < 400), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XYChart chart(ChartData data, int width, int height, boolean small) {
        XYChart chart = new XYChartBuilder().width(width).height(height).build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendVisible(!small);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setChartTitleVisible(false);
        styler.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, small ? 10 : 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendPadding(4);
        chart.getStyler().setDatePattern("MMM ''yy");
        chart.getStyler().setAxisTicksVisible(!small);
        chart.getStyler().setXAxisTicksVisible(!small);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        if (small) {
            chart.getStyler().setChartPadding(2);
        }
        if (data.values().isEmpty() && data.trajectory().isEmpty()) {
            // XChart needs one series to lay out its axes.
            add(chart, "No values yet", List.of(new Point(java.time.LocalDate.EPOCH, 0)), Color.WHITE, false, false);
            return chart;
        }
        add(chart, "Value", data.values(), VALUES, true, false);
        if (!small) {
            add(chart, "Trajectory", data.trajectory(), TRAJECTORY, false, true);
            add(chart, "Interim targets", data.interims(), INTERIM, true, false).setLineStyle(SeriesLines.NONE);
            add(chart, "England", data.england(), ENGLAND, true, true).setMarker(SeriesMarkers.DIAMOND);
            add(chart, "Region", data.region(), REGION, true, true).setMarker(SeriesMarkers.SQUARE);
            add(chart, "Neighbours", data.neighbours(), NEIGHBOURS, true, true)
                    .setMarker(SeriesMarkers.TRIANGLE_UP);
        } else {
            add(chart, "Trajectory", data.trajectory(), TRAJECTORY, false, true);
        }
        return chart;
    }

    private static XYSeries add(XYChart chart, String name, List<Point> points, Color colour, boolean markers,
            boolean dashed) {
        if (points.isEmpty()) {
            return new XYSeries(name, new double[] {0}, new double[] {0}, null, XYSeries.DataType.Number);
        }
        List<Date> x = points.stream().map(p -> Date.from(p.on().atStartOfDay(ZoneOffset.UTC).toInstant())).toList();
        List<Double> y = points.stream().map(Point::value).toList();
        XYSeries series = chart.addSeries(name, x, y);
        series.setLineColor(colour);
        series.setMarkerColor(colour);
        series.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        series.setLineStyle(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f) : new BasicStroke(2.5f));
        return series;
    }
}
