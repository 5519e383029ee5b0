package org.plumbline.report;

/**
 * The page's style sheet, inlined. Local fonts only; colours chosen for contrast (text at least
 * 4.5:1 on its background, lines and markers at least 3:1) and from a palette that colour-blind
 * readers can tell apart (Okabe and Ito's), and every colour cue doubled by a symbol, a word or a
 * dash pattern. Readable from 360 px wide phones to print. Contains no '&lt;' or '&amp;', so that the
 * page stays well-formed XML.
 */
final class Css {
    static final String PAGE = """

            :root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#ffffff;--soft:#f6f8fa;--link:#0550ae;
            --pass:#116329;--pass-bg:#e8f5ec;--fail:#a40e26;--fail-bg:#fdeced;--ind:#7d4e00;--ind-bg:#fff5d6;
            --blue:#0060a8;--orange:#a85c00;--verm:#c2410c;}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0 auto;max-width:1140px;padding:24px 28px 40px;color:var(--ink);background:var(--bg);
            font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
            h1{font-size:1.9rem;line-height:1.2;margin:.2em 0 .4em}
            h2{font-size:1.45rem;line-height:1.25;margin:2.2em 0 .5em;padding-top:.6em;border-top:3px solid var(--ink)}
            h3{font-size:1.15rem;margin:1.8em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
            h4{font-size:1.02rem;margin:0 0 .4em}
            h5{font-size:.95rem;margin:1.2em 0 .4em;color:var(--muted)}
            p{margin:.4em 0 .8em}
            a{color:var(--link)}
            code,pre{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace;font-size:.88em}
            pre{white-space:pre-wrap;background:var(--soft);border:1px solid var(--line);padding:10px 12px;
            border-radius:4px;overflow-x:auto}
            .kicker{margin:0;color:var(--muted);font-size:.85rem;letter-spacing:.02em;text-transform:uppercase}
            .lede{font-size:1.05rem;max-width:52em;color:#32383f}
            .muted,.note{color:var(--muted)}
            .note{font-size:.88rem}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            header.top{padding-bottom:.2em}
            .table-wrap{overflow-x:auto;margin:.6em 0 1em;-webkit-overflow-scrolling:touch}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            caption{text-align:left;color:var(--muted);font-size:.85rem;padding:0 0 .4em}
            th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
            thead th{background:var(--soft);font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.data tbody tr:nth-child(even) td{background:#fbfcfd}
            tr.group th{background:#eef1f4;font-weight:600}
            table.params td:nth-child(2),table.params td:nth-child(3){white-space:nowrap}
            table.params th code{font-size:.8rem;word-break:break-all}
            .verdicts{font-size:.88rem}
            .verdicts thead th{min-width:12em}
            .verdicts thead th:first-child{min-width:11em}
            .verdicts .req{display:block;font-weight:400;color:var(--muted);font-size:.8rem}
            .verdicts tbody th a{font-weight:600;text-decoration:none;color:var(--ink)}
            .verdicts tbody th a:hover{text-decoration:underline}
            .sid{display:block;font-weight:400;color:var(--muted);font-family:ui-monospace,"DejaVu Sans Mono",monospace;
            font-size:.78rem}
            .verdicts td.v a{text-decoration:none}
            .verdicts .val{display:block;font-weight:600;margin-top:2px}
            .verdicts .thr{font-weight:400;color:var(--muted)}
            .verdicts .corners{display:block;color:var(--muted);font-size:.8rem}
            .verdicts ul.margins{margin:.35em 0 0;padding-left:1.1em;font-size:.8rem;color:#32383f}
            td.v.pass{background:var(--pass-bg);border-left:4px solid var(--pass)}
            td.v.fail{background:var(--fail-bg);border-left:4px solid var(--fail)}
            td.v.indeterminate{background:var(--ind-bg);border-left:4px solid var(--ind)}
            td.na{color:var(--muted);text-align:center}
            .verdict{display:inline-block;font-weight:700;letter-spacing:.03em;padding:0 .45em;border-radius:3px;
            border:1.5px solid currentColor;font-size:.85rem;white-space:nowrap}
            .verdict.pass{color:var(--pass);background:var(--pass-bg)}
            .verdict.fail{color:var(--fail);background:var(--fail-bg)}
            .verdict.indeterminate{color:var(--ind);background:var(--ind-bg)}
            .key{font-size:.88rem;color:#32383f}
            ol.toc{padding-left:1.4em}
            nav h3{border:0;margin-top:1em}
            .meta{color:var(--muted)}
            article.criterion{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:4px;
            padding:14px 16px;margin:0 0 1.2em;background:#fff}
            article.criterion.pass{border-left-color:var(--pass)}
            article.criterion.fail{border-left-color:var(--fail)}
            article.criterion.indeterminate{border-left-color:var(--ind)}
            dl.facts{display:grid;grid-template-columns:minmax(9em,14em) 1fr;gap:4px 14px;margin:.6em 0;font-size:.92rem}
            dl.facts dt{color:var(--muted)}
            dl.facts dd{margin:0}
            .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px 18px}
            figure{margin:.4em 0 1em}
            figcaption{font-size:.85rem;color:#32383f;margin-top:.3em}
            svg{display:block;width:100%;height:auto;max-width:100%}
            svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
            .chart{border:1px solid var(--line);border-radius:4px;background:#fff}
            .chart .grid path{stroke:#e4e8ec;stroke-width:1;fill:none}
            .chart .ticks text{font-size:12px;fill:var(--muted)}
            .chart .axis-title{font-size:13px;fill:var(--ink)}
            .chart .holds{fill:#e8f5ec}
            .chart .thr{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:6 4;fill:none}
            .chart .thr-label{font-size:12px;fill:var(--ink)}
.chart .holds-label{font-size:11px;fill:var(--pass);font-weight:600}
            .chart .curve{fill:none;stroke:#6e7781;stroke-width:1.5}
            .chart .pt-ok{fill:var(--blue);stroke:#fff;stroke-width:1}
            .chart .pt-no{fill:none;stroke:var(--verm);stroke-width:2}
            .chart .nominal{stroke:var(--ink);stroke-width:1.5;fill:none}
            .chart .critical{stroke:var(--verm);stroke-width:2;stroke-dasharray:4 3;fill:none}
            .chart .nominal-label{font-size:12px;fill:var(--ink);font-weight:600}
            .chart .critical-label{font-size:12px;fill:var(--verm);font-weight:600}
            .timeline .band{fill:#dbeafe}
            .timeline .alt{fill:none;stroke:var(--ink);stroke-width:2}
            .timeline .event{fill:var(--ink)}
            .timeline .event-label{font-size:11px;fill:var(--ink)}
            .timeline .lane{stroke:#e4e8ec;fill:none}
            .timeline .lane-label{font-size:12px;fill:var(--ink);font-weight:600}
            .timeline .lane-text{font-size:11px;fill:#32383f}
            .timeline .lane-text.no{fill:var(--muted);font-style:italic}
            .timeline .win{fill:var(--blue)}
            .timeline .launch-mark{fill:var(--orange)}
            .map-fig svg.map{border:1px solid var(--line);border-radius:4px}
            .map .sea{fill:#dce8f1}
            .map .land{fill:#f3efe6;stroke:#b5ab98;stroke-width:.5;stroke-linejoin:round;fill-rule:evenodd}
            .map .region{fill:#f1e6bf;stroke:#a8935a;stroke-width:.6;stroke-linejoin:round;fill-rule:evenodd}
            .map .grat{fill:none;stroke:#aebfcd;stroke-width:.4;stroke-opacity:.7}
            .map .cov path{fill:#2a9d8f;fill-opacity:.17;stroke:none;fill-rule:nonzero}
            .map .trk{fill:none;stroke-linecap:round;stroke-linejoin:round}
            .map .trk.all{stroke:var(--blue);stroke-width:.8;stroke-opacity:.5}
            .map .trk.some{stroke:var(--orange);stroke-width:.9;stroke-opacity:.7;stroke-dasharray:5 2.5}
            .map .trk.none{stroke:var(--verm);stroke-width:1.1;stroke-opacity:.8;stroke-dasharray:1.5 2}
            .map .tracks.dense .trk{stroke-width:.6}
            .map .tracks.dense .trk.all{stroke-opacity:.35}
            .map .tracks.dense .trk.some{stroke-opacity:.45}
            .map .tracks.dense .trk.none{stroke-opacity:.3}
            .map .trk.lg{stroke-width:2.2;stroke-opacity:1}
            .map .targets circle.def{fill:var(--blue);fill-opacity:.85;stroke:#fff;stroke-width:.6}
            .map .targets circle.undef{fill:#fff;fill-opacity:.8;stroke:var(--verm);stroke-width:1.6}
            .map .targets circle.oor{fill:none;stroke:#57606a;stroke-width:1;stroke-dasharray:1.5 1.5}
            .map .launch path{stroke:#5b2a86;stroke-width:2;fill:none}
            .map .radars rect{fill:#fff;stroke:var(--ink);stroke-width:1.6}
            .map .sites path{fill:var(--ink);stroke:#fff;stroke-width:1.2}
            .map .labels text{font-size:12px;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3;
            stroke-linejoin:round}
            .map .labels .lbl-site{font-weight:700}
            .map .labels .lbl-launch{fill:#5b2a86;font-style:italic}
            .map .scale rect{fill:#fff;fill-opacity:.85}
            .map .scale path{fill:none;stroke:var(--ink);stroke-width:1.5}
            .map .scale text{font-size:11px;fill:var(--ink)}
            .legend{border:1px solid var(--line);border-radius:4px;padding:10px 14px;margin:0 0 1em;background:var(--soft)}
            .legend-h{margin:0 0 .3em;font-size:.95rem}
            .legend ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));
            gap:4px 18px;font-size:.85rem}
            .legend li{display:flex;align-items:center;gap:8px}
            .legend svg.swatch{flex:none;width:36px;height:16px;border:0;background:transparent}
            .legend .note{margin:.5em 0 0}
            ul.plain{padding-left:1.2em}
            ul.plain li{margin:.25em 0}
            details{margin:.6em 0 1em}
            summary{cursor:pointer;color:var(--link)}
            footer.bottom{margin-top:3em;font-size:.9rem}
            dl.repro{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px}
            dl.repro dd{margin:0;word-break:break-all}
            @media (max-width:700px){
            body{padding:14px 12px 28px;font-size:14.5px}
            h1{font-size:1.5rem}
            h2{font-size:1.25rem}
            dl.facts{grid-template-columns:1fr}
            dl.facts dt{font-weight:600;color:var(--ink)}
            .charts{grid-template-columns:1fr}
            th,td{padding:5px 6px}
            }
            @media print{
            body{max-width:none;padding:0;font-size:10.5pt}
            a{color:inherit;text-decoration:none}
            h2{break-before:page}
            #verdicts-h{break-before:auto}
            figure,article.criterion,.legend,table.verdicts tr{break-inside:avoid}
            .table-wrap{overflow:visible}
            nav{display:none}
            td.v.pass,td.v.fail,td.v.indeterminate,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }
            """;

    private Css() {
    }
}
