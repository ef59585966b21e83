grammar Meta;
// placeholder: the lang owner writes the real grammar
script : EOF ;
WS : [ \t\r\n]+ -> skip ;
