package org.nimeta.registry;

import static org.nimeta.registry.Citation.article;
import static org.nimeta.registry.Citation.book;

import java.util.List;

/**
 * The works nimeta's definitions cite, once each. Keys are NiMARE's ({@code nimare/resources/
 * references.bib}) where NiMARE cites the work, so a bibliography from either tool merges; page
 * numbers and DOIs were checked against the publishers' records.
 */
public final class Citations {
  private Citations() {}

  public static final Citation TURKELTAUB_2002 = article("turkeltaub2002meta",
      List.of("Turkeltaub, Peter E.", "Eden, Guinevere F.", "Jones, Karen M.", "Zeffiro, Thomas A."),
      "Meta-analysis of the functional neuroanatomy of single-word reading: method and validation",
      "NeuroImage", 2002, "16", "3", "765-780", "10.1006/nimg.2002.1131");

  /** The empirical rule from a sample size to the ALE kernel's FWHM. */
  public static final Citation EICKHOFF_2009 = article("eickhoff2009coordinate",
      List.of("Eickhoff, Simon B.", "Laird, Angela R.", "Grefkes, Christian", "Wang, Ling E.", "Zilles, Karl",
          "Fox, Peter T."),
      "Coordinate-based activation likelihood estimation meta-analysis of neuroimaging data: a random-effects "
          + "approach based on empirical estimates of spatial uncertainty",
      "Human Brain Mapping", 2009, "30", "9", "2907-2926", "10.1002/hbm.20718");

  /** ALE's approximate null, and cluster-level FWE by Monte Carlo simulation. */
  public static final Citation EICKHOFF_2012 = article("eickhoff2012activation",
      List.of("Eickhoff, Simon B.", "Bzdok, Danilo", "Laird, Angela R.", "Kurth, Florian", "Fox, Peter T."),
      "Activation likelihood estimation meta-analysis revisited",
      "NeuroImage", 2012, "59", "3", "2349-2361", "10.1016/j.neuroimage.2011.09.017");

  /** The modeled-activation map as the maximum (not the sum) over an experiment's foci. */
  public static final Citation TURKELTAUB_2012 = article("turkeltaub2012minimizing",
      List.of("Turkeltaub, Peter E.", "Eickhoff, Simon B.", "Laird, Angela R.", "Fox, Mick", "Wiener, Martin",
          "Fox, Peter"),
      "Minimizing within-experiment and within-group effects in activation likelihood estimation meta-analyses",
      "Human Brain Mapping", 2012, "33", "1", "1-13", "10.1002/hbm.21186");

  public static final Citation LAIRD_2005 = article("laird2005ale",
      List.of("Laird, Angela R.", "Fox, P. Mickle", "Price, Cathy J.", "Glahn, David C.", "Uecker, Angela M.",
          "Lancaster, Jack L.", "Turkeltaub, Peter E.", "Kochunov, Peter", "Fox, Peter T."),
      "ALE meta-analysis: controlling the false discovery rate and performing statistical contrasts",
      "Human Brain Mapping", 2005, "25", "1", "155-164", "10.1002/hbm.20136");

  public static final Citation LANGNER_2014 = article("langner2014meta",
      List.of("Langner, Robert", "Rottschy, Claudia", "Laird, Angela R.", "Fox, Peter T.", "Eickhoff, Simon B."),
      "Meta-analytic connectivity modeling revisited: controlling for activation base rates",
      "NeuroImage", 2014, "99", null, "559-570", "10.1016/j.neuroimage.2014.06.007");

  public static final Citation WAGER_2003 = article("wager2003valence",
      List.of("Wager, Tor D.", "Phan, K. Luan", "Liberzon, Israel", "Taylor, Stephan F."),
      "Valence, gender, and lateralization of functional brain anatomy in emotion: a meta-analysis of findings "
          + "from neuroimaging",
      "NeuroImage", 2003, "19", "3", "513-531", "10.1016/S1053-8119(03)00078-8");

  public static final Citation WAGER_2004 = article("wager2004neuroimaging",
      List.of("Wager, Tor D.", "Jonides, John", "Reading, Susan"),
      "Neuroimaging studies of shifting attention: a meta-analysis",
      "NeuroImage", 2004, "22", "4", "1679-1693", "10.1016/j.neuroimage.2004.03.052");

  public static final Citation WAGER_2007 = article("wager2007meta",
      List.of("Wager, Tor D.", "Lindquist, Martin", "Kaplan, Lauren"),
      "Meta-analysis of functional neuroimaging data: current and future directions",
      "Social Cognitive and Affective Neuroscience", 2007, "2", "2", "150-158", "10.1093/scan/nsm015");

  public static final Citation FISHER_1946 = book("fisher1946statistical", List.of("Fisher, Ronald A."),
      "Statistical Methods for Research Workers", "Oliver and Boyd", 1946, Citation.fields("edition", "10th"));

  public static final Citation STOUFFER_1949 = book("stouffer1949american",
      List.of("Stouffer, Samuel A.", "Suchman, Edward A.", "DeVinney, Leland C.", "Star, Shirley A.",
          "Williams, Jr., Robin M."),
      "The American Soldier: Adjustment During Army Life", "Princeton University Press", 1949,
      Citation.fields("series", "Studies in Social Psychology in World War II", "volume", "1"));

  /** Weighting Stouffer's z by the square root of the sample size. */
  public static final Citation ZAYKIN_2011 = article("zaykin2011optimally", List.of("Zaykin, Dmitri V."),
      "Optimally weighted Z-test is a powerful method for combining probabilities in meta-analysis",
      "Journal of Evolutionary Biology", 2011, "24", "8", "1836-1841", "10.1111/j.1420-9101.2011.02297.x");

  public static final Citation BROCKWELL_2001 = article("brockwell2001comparison",
      List.of("Brockwell, Sarah E.", "Gordon, Ian R."),
      "A comparison of statistical methods for meta-analysis",
      "Statistics in Medicine", 2001, "20", "6", "825-840", "10.1002/sim.650");

  public static final Citation DERSIMONIAN_1986 = article("dersimonian1986meta",
      List.of("DerSimonian, Rebecca", "Laird, Nan"), "Meta-analysis in clinical trials",
      "Controlled Clinical Trials", 1986, "7", "3", "177-188", "10.1016/0197-2456(86)90046-2");

  public static final Citation KOSMIDIS_2017 = article("kosmidis2017improving",
      List.of("Kosmidis, Ioannis", "Guolo, Annamaria", "Varin, Cristiano"),
      "Improving the accuracy of likelihood-based inference in meta-analysis and meta-regression",
      "Biometrika", 2017, "104", "2", "489-496", "10.1093/biomet/asx001");

  public static final Citation HEDGES_1985 = book("hedges1985statistical",
      List.of("Hedges, Larry V.", "Olkin, Ingram"), "Statistical Methods for Meta-Analysis", "Academic Press", 1985,
      Citation.fields());

  public static final Citation SANGNAWAKIJ_2019 = article("sangnawakij2019meta",
      List.of("Sangnawakij, Patarawan", "Böhning, Dankmar", "Niwitpong, Sa-Aat", "Adams, Stephen",
          "Stanton, Michael", "Holling, Heinz"),
      "Meta-analysis without study-specific variance information: heterogeneity case",
      "Statistical Methods in Medical Research", 2019, "28", "1", "196-210", "10.1177/0962280217718867");

  public static final Citation FREEDMAN_1983 = article("freedman1983nonstochastic",
      List.of("Freedman, David", "Lane, David"), "A nonstochastic interpretation of reported significance levels",
      "Journal of Business & Economic Statistics", 1983, "1", "4", "292-298", "10.1080/07350015.1983.10509354");

  /** nilearn, whose permuted OLS PermutedOLS follows. */
  public static final Citation ABRAHAM_2014 = article("abraham2014machine",
      List.of("Abraham, Alexandre", "Pedregosa, Fabian", "Eickenberg, Michael", "Gervais, Philippe",
          "Mueller, Andreas", "Kossaifi, Jean", "Gramfort, Alexandre", "Thirion, Bertrand", "Varoquaux, Gaël"),
      "Machine learning for neuroimaging with scikit-learn",
      "Frontiers in Neuroinformatics", 2014, "8", null, "14", "10.3389/fninf.2014.00014");

  public static final Citation NICHOLS_2005 = article("nichols2005valid",
      List.of("Nichols, Thomas", "Brett, Matthew", "Andersson, Jesper", "Wager, Tor", "Poline, Jean-Baptiste"),
      "Valid conjunction inference with the minimum statistic",
      "NeuroImage", 2005, "25", "3", "653-660", "10.1016/j.neuroimage.2004.12.005");

  public static final Citation BONFERRONI_1936 = article("bonferroni1936teoria", List.of("Bonferroni, Carlo E."),
      "Teoria statistica delle classi e calcolo delle probabilità",
      "Pubblicazioni del R Istituto Superiore di Scienze Economiche e Commerciali di Firenze", 1936, "8", null,
      "3-62", null);

  public static final Citation SHAFFER_1995 = article("shaffer1995multiple", List.of("Shaffer, Juliet Popper"),
      "Multiple hypothesis testing", "Annual Review of Psychology", 1995, "46", "1", "561-584",
      "10.1146/annurev.ps.46.020195.003021");

  public static final Citation BENJAMINI_1995 = article("benjamini1995controlling",
      List.of("Benjamini, Yoav", "Hochberg, Yosef"),
      "Controlling the false discovery rate: a practical and powerful approach to multiple testing",
      "Journal of the Royal Statistical Society: Series B (Methodological)", 1995, "57", "1", "289-300",
      "10.1111/j.2517-6161.1995.tb02031.x");

  public static final Citation BENJAMINI_2001 = article("benjamini2001control",
      List.of("Benjamini, Yoav", "Yekutieli, Daniel"),
      "The control of the false discovery rate in multiple testing under dependency",
      "The Annals of Statistics", 2001, "29", "4", "1165-1188", "10.1214/aos/1013699998");

  /** Lancaster's tal2icbm, the transform from Talairach to MNI coordinates. */
  public static final Citation LANCASTER_2007 = article("lancaster2007bias",
      List.of("Lancaster, Jack L.", "Tordesillas-Gutiérrez, Diana", "Martinez, Michael", "Salinas, Felipe",
          "Evans, Alan", "Zilles, Karl", "Mazziotta, John C.", "Fox, Peter T."),
      "Bias between MNI and Talairach coordinates analyzed using the ICBM-152 brain template",
      "Human Brain Mapping", 2007, "28", "11", "1194-1205", "10.1002/hbm.20345");

  /** Threshold-free cluster enhancement: TFCE(method = montecarlo). */
  public static final Citation SMITH_2009 = article("smith2009threshold",
      List.of("Smith, Stephen M.", "Nichols, Thomas E."),
      "Threshold-free cluster enhancement: addressing problems of smoothing, threshold dependence and "
          + "localisation in cluster inference",
      "NeuroImage", 2009, "44", "1", "83-98", "10.1016/j.neuroimage.2008.03.061");

  /** JALE, whose TFCE of ALE z maps and Monte Carlo cutoff nimeta's TFCE follows. */
  public static final Citation JALE = Citation.software("frahm2025jale", List.of("Frahm, Lennart"),
      "JALE: activation likelihood estimation in Python", 2025,
      Citation.fields("version", "0.2.1", "url", "https://github.com/LenFrahm/JALE"));

  public static final Citation FRAHM_2025 = article("frahm2025predictive",
      List.of("Frahm, Lennart", "Patil, Kaustubh R.", "Satterthwaite, Theodore D.", "Fox, Peter T.",
          "Eickhoff, Simon B.", "Langner, Robert"),
      "Predictive modeling of significance thresholding in activation likelihood estimation meta-analysis",
      "Imaging Neuroscience", 2025, "3", null, "imag_a_00423", "10.1162/imag_a_00423");

  public static final Citation COCHRAN_1954 = article("cochran1954combination", List.of("Cochran, William G."),
      "The combination of estimates from different experiments", "Biometrics", 1954, "10", "1", "101-129",
      "10.2307/3001666");

  public static final Citation HIGGINS_2002 = article("higgins2002quantifying",
      List.of("Higgins, Julian P. T.", "Thompson, Simon G."), "Quantifying heterogeneity in a meta-analysis",
      "Statistics in Medicine", 2002, "21", "11", "1539-1558", "10.1002/sim.1186");

  /** NiMARE, whose estimators nimeta's reproduce. */
  public static final Citation NIMARE = article("Salo2023",
      List.of("Salo, Taylor", "Yarkoni, Tal", "Nichols, Thomas E.", "Poline, Jean-Baptiste", "Bilgel, Murat",
          "Bottenhorn, Katherine L.", "Jarecka, Dorota", "Kent, James D.", "Kimbler, Adam", "Nielson, Dylan M.",
          "Oudyk, Kendra M.", "Peraza, Julio A.", "Pérez, Alexandre", "Reeders, Puck C.", "Yanes, Julio A.",
          "Laird, Angela R."),
      "NiMARE: Neuroimaging Meta-Analysis Research Environment", "Aperture Neuro", 2023, "3", null, "1-32",
      "10.52294/001c.87681");

  /** The version of NiMARE nimeta's maps are compared with. */
  public static final String NIMARE_VERSION = "0.2.1";

  /** nimeta itself, in the version that runs ({@link #nimeta(String)}). */
  public static Citation nimeta(String version) {
    return Citation.software("nimeta", List.of("The nimeta developers"),
        "nimeta: a language for neuroimaging meta-analysis", 2026, Citation.fields("version", version));
  }
}
