--TEST--
metaphone (with a phoneme limit) and soundex on words and random strings
--FILE--
<?php
$words = ["Thompson", "knight", "Wright", "white", "Xavier", "aero", "science", "school", "Christ", "judge", "laugh", "bough", "gnome", "signed", "sign", "ghost", "phone", "Thumb", "ACCEPT", "cia", "chemistry", "badge", "tough", "hugh", "Schwartz", "nation", "mission", "asia", "bitch", "the", "wh", "x", "", "123", "  hello world  ", "Mc'Donald", "Ukraine", "yes", "zoo", "quick", "vivid", "Shhh", "agnes", "dgi", "ggg", "MB", "lamb"];
foreach ($words as $w) {
    echo $w, ": ", metaphone($w), " ", metaphone($w, 2), " ", soundex($w), "\n";
}
mt_srand(5);
$alpha = "abcdeghiknopstwxyzACGHST '-";
for ($k = 0; $k < 300; $k++) {
    $s = "";
    $n = mt_rand(0, 10);
    for ($i = 0; $i < $n; $i++) {
        $s .= $alpha[mt_rand(0, strlen($alpha) - 1)];
    }
    echo "[", $s, "] ", metaphone($s), " ", metaphone($s, mt_rand(0, 4)), " ", soundex($s), "\n";
}
--EXPECT--
Thompson: 0MPSN 0M T512
knight: NFT NF K523
Wright: RFT RF W623
white: WT WT W300
Xavier: SFR SF X160
aero: ER ER A600
science: SNS SN S520
school: SXL SX S400
Christ: XRST XR C623
judge: JJ JJ J320
laugh: LF LF L200
bough: B B B200
gnome: NM NM G550
signed: SNT SN S253
sign: SN SN S250
ghost: FST FS G230
phone: FN FN P500
Thumb: 0M 0M T510
ACCEPT: AKSPT AK A213
cia: X X C000
chemistry: XMSTR XM C523
badge: BJ BJ B320
tough: TF TF T200
hugh: HF HF H200
Schwartz: SXWRTS SX S632
nation: NXN NX N350
mission: MSN MS M250
asia: AX AX A200
bitch: BX BX B320
the: 0 0 T000
wh: W W W000
x: S S X000
:   0000
123:   0000
  hello world  : HLWRLT HL H464
Mc'Donald: MKTNLT MK M235
Ukraine: UKRN UK U265
yes: YS YS Y200
zoo: S S Z000
quick: KK KK Q200
vivid: FFT FF V130
Shhh: X X S000
agnes: AKNS AK A252
dgi: J J D200
ggg: K K G000
MB: M M M100
lamb: LM LM L510
[HiszioGhb] HSSFB HSSF H221
[-kaxxhTSH] KKSTX KKS K232
[Az'odcsAw] ASTKS ASTKS A232
[yatg] YTK YTK Y320
[bTAGwi] BTKW BTKW B320
['bdz-] BTS BTS B320
[zycz'dHik] SKSTHK SKSTHK Z232
[i sHib] IXB IX I210
[hzhowxcghA] SHKSKF SHKS H220
[g] K K G000
[CztdSp xG] KSTTSPKSK K C321
[]   0000
[b'-nyh p] BNP BNP B510
[Gd] KT KT G300
[wp] P P W100
[cpk pbhbA'] KPKPBB KPKP C121
[hACzsk] HKSSK HKS H200
[eicHz] EXS EXS E220
[Syg] SK SK S200
[HTeTokA] TTK T H332
[y]   Y000
['bs] BS BS B200
[bhsh'S] BXS BXS B220
[bxTCcdaiTT] BKSTKKTT BKSTKKTT B232
[]   0000
[zwH] S S Z000
[aGa cGwzo] AKKKS A A222
[]   0000
[]   0000
[nxaGGttHx] NKSKTKS NKS N223
[]   0000
[ G] K K G000
[is] IS IS I200
[k'gdwtoxH] KKTTKS KK K332
[datGbCaGhb] TTKBKB TTKB D321
[o] O O O000
[Hy]   H000
[]   0000
[c'GCHttztc] KKXTSTK KKXTSTK C323
[kSAy] KS KS K000
[bt] BT BT B300
[twnAzc] TNSK TN T520
[ATAdtbasH] ATTTBX ATTTBX A331
[C] K K C000
[hy' dAs] TS TS H320
[hG] K K H200
[ eTpTbAtpT] ETPTBTPT ETP E313
[HHHsaGAg] SKK SKK H222
[aing] ANK AN A520
[C] K K C000
[ SATdt] STTT S S300
[ipa] IP IP I100
[zS] SS SS Z000
[HCzeGx] KSKKS KSK H220
[-ws' ez] SS SS W220
[pyph-] PF PF P100
[zpiy zGC] SPSKK SPSK Z120
[]   0000
[p] P P P000
[d] T T D000
[sbCxtwsHpT] SBKKSTXPT SBK S123
[bk gnwCg] BKKNKK BKKN B252
[G] K K G000
[p] P P P000
[]   0000
['S] S S S000
[cpxkep] KPKSKP KPKS C121
[H'xppoi] KSP KS H210
[Gpgdon] KPKTN K G123
[eGzibh-] EKSB EKSB E210
[exeCzT] EKSKST EKSKST E223
[-x-] S S X000
[SeG] SK SK S200
[nyx] NKS NKS N200
[ Cn] KN KN C500
[ ']   0000
[SAgdwSt] SKTST SKT S232
[Gt'a ] KT K G300
[aziiozb] ASSB AS A221
[sGiwkcabzA] SJKKBS SJ S212
[kbCSsdbg-C] KBKSTBKK K K123
[GnHsaC] NSK N G522
[hTA'AtGaS] TTKS T H332
[awixdGp] AWKSTKP AWKS A232
[z''apei] SP SP Z100
[p beg] PBK P P200
[yt] T T Y300
[a ] A A A000
[]   0000
[]   0000
[Sckpn] SKPN SKP S150
[hSocgwc] SKKK S H222
[hekgakaaAs] HKKKS HKKKS H222
[kHpT'za] KPTS KPTS K132
[dAzyddnA] TSTN TSTN D235
[eyc] EK EK E200
[HaTAC] HTK HTK H320
[o-w'] O O O000
[szGiyTGwc] SSJTKK SSJ S322
[kCggxgS] KKKKSKS KKKKSKS K000
[AHSwCg] ASKK ASKK A220
[hhtwoswpbz] TWSPBS TWS H321
[iHyCo TwTd] IKTTT IKTTT I233
[bG--t-nAyn] BKTNN B B235
['i] I I I000
[]   0000
[noo] N N N000
[wn] N N W500
[wezicz-oo] WSKS WSKS W220
[c] K K C000
[]   0000
[bTGa] BTK B B320
[eppszTCbt] EPSSTKBT EP E123
[iw-'wix] IWKS IW I200
[pghs] PFS PFS P220
[b] B B B000
[zCASng] SKSNK SKS Z252
[dpioib] TPB TPB D110
[tC] TK TK T200
[s] S S S000
[xGx-gek'] SKKSJK SKKSJK X200
[ox] OKS O O200
[zn] SN SN Z500
[kdSApi] KTSP KT K321
[e ] E E E000
[ych] X X Y200
[s'ata x] STKS STKS S320
[C] K K C000
[p'aaGAkHpp] PKKP PKKP P221
[pS] PS PS P200
[x] S S X000
[nsx d] NSKST NSKS N230
[zoHxeCgH] SKSK SKS Z220
[]   0000
[oCk] OK OK O200
[-Tcx] TKKS TKKS T200
[C-GcgCebz] KKKKSBS KKK C120
[gdeSsw] KTS KTS G320
[Asxn] ASKSN AS A250
[x] S S X000
[c] K K C000
[obThA] OB0 OB0 O130
[abgn] ABN AB A125
[owng] ONK ONK O520
[oSoA] OS OS O200
[znSa] SNS S Z520
[tGebo] TJB TJ T210
[ncCb] NKKB N N210
[oAzbw] OSB OS O210
[zyxp] SKSP SKSP Z210
[TC] TK T T200
[Ssnis] SNS SN S520
[ShAkC] XKK XKK S200
[oi awbe b] OBB OBB O110
[-zw-dy] ST ST Z300
[']   0000
[idt'] ITT ITT I300
[aHyG] AK AK A200
[iGy] IJ IJ I200
[kTkg] KTKK KTKK K320
[TzCbbzs] TSKBSS TSKB T212
[nzSAbb-Hdd] NSSBT NSS N213
[ czx'sz] KSKSSS KSKSSS C000
[kSpkHkaSd] KSPKKST KSPK K122
[CadpG'G] KTPKK KTPK C312
[i-z] IS I I200
[sG] SK SK S000
[]   0000
[bhSe] BS BS B200
[Taexoyc ] TKSK TKS T220
[c] K K C000
[io] I I I000
[ytgc] TKK T Y320
[TysCg a] TSKK TSK T200
[ak] AK AK A200
[]   0000
[tC] TK TK T200
[AHihT] AHT A A300
[a AC AyGAT] AKKT AKKT A223
[b] B B B000
[]   0000
[]   0000
[pTox] PTKS PT P320
[]   0000
[aai ] A A A000
[yeSH-shGnH] YXXKN YX Y222
[th'k] 0K 0K T200
[hha s'c] SK SK H200
[Hn'gkGy'ht] NKKJT N H523
[isbctd'h] ISBKTT ISB I212
[gpcktHd] KPK0T KPK0 G123
[Tn-Scn'oC] TNSKNK TN T525
[kzt] KST KS K300
[CHwc] XK XK C200
[ATabAe-o] ATB ATB A310
[cbce] KBS KBS C120
[eg-gH] EKF EKF E200
[z] S S Z000
[sg] SK SK S000
[peyod] PYT P P300
['HhypxAw''] PKS PKS H120
[wt] T T W300
[xy] S S X000
[kbynz] KBNS K K152
[-baSS'kywk] BSKK BSKK B220
[T] T T T000
[ckne-SC] KNSK KN C520
[k] K K K000
[oaC] OK OK O200
[hhGk] KK KK H200
[zk] SK SK Z000
[d'Gd] TKT TKT D230
[GHo] F F G000
[]   0000
[dibw nb] TBNB T D151
[ppHetzeb] PTSB PTS P321
[ineAig] INK I I520
[]   0000
[xySTA-t] SSTT SSTT X233
[gHteh kgtt] FTKKT FTK G323
[e'T] ET ET E300
[n] N N N000
[]   0000
[]   0000
[caikw] KK KK C200
[ gTkxtz-p] KTKKSTSP KT G323
[']   0000
[-hyycc'-H] KK KK H200
[CatCsxoTob] KTKSKSTB K C323
[h']   H000
[CA] K K C000
[Gecaaopsd] JKPST JKPS G212
[sCagxe'] SKKKS S S200
[w zx] SKS SKS W200
[Hhh]   H000
[tkbx] TKBKS TK T212
[G] K K G000
[xi ] S S X000
[kdA] KT K K300
[o] O O O000
[akgeAc] AKJK AKJK A220
[ng] NK N N200
[sAc] SK SK S200
[]   0000
[ngAbke] NKBK NKB N212
[Ay] A A A000
[zx] SKS SKS Z000
[]   0000
[et dT-] ETTT ET E300
[wCCt] KKT KKT W230
[pTxToo] PTKST PTKST P323
[ -ebTAAeo] EBT EBT E130
[GGypwwa] KP K G100
[thsiznp] 0SSNP 0S T225
['ecps] EKPS E E212
[ d] T T D000
[hgAize] KS KS H220
[ ce'pC] SPK SPK C120
[s'bcCx-] SBKKKS SB S120
[ntic'hCHe] NTKX N N322
[goTi] KT KT G300
[-CSpTH] KSP0 K C130
[GwiwH] KW KW G000
[StC] STK STK S320
[]   0000
[hyx] KS KS H200
[GaoskcgA] KSKKK KS G200
[CCd'd] KKTT K C300
[AwbCe] ABS AB A120
[xkxhcdonph] SKKSKTNF S X235
[tstwhdcs] TSTTKS TS T233
[CiAzcaoAs] XSKS XSK C220
[eTi] ET ET E300
['HsoCsA] SKS SKS H220
[-Si] S S S000
[ ]   0000
[eAG] EK EK E200
[ nT-] NT NT N300
[ossyo-Sad] OSYST OSYS O223
[aet-hh] ET E A300
['y z' ] S S Y200
[CcG] KKK KKK C000
[A' ixbTh] AKSB0 AKS A213
[Hkip] KP KP H210
[ ']   0000
[tsA] TS TS T200
[ha'hyyHi] HH HH H000
[wndtTzixTs] NTTSKSTS NTT W532
[Ac] AK AK A200
[tdknHtH as] TTKN0S TTKN0S T253
[kkG] KK KK K000
[-zgiyA] SJY S Z000
[sb] SB SB S100
[ocsA-neswh] OKSNS OKS O252
[oax wetxb] OKSWTKSB OKS O232
[z] S S Z000
[pbcenwxS] PBSNKSS PBS P252
[]   0000
[]   0000
[CH ssdhyC] XSTK XSTK C232
